// The id of /sok/'s search field, shared by the page and the links that lead straight to it.
export const SEARCH_FIELD_ID = 'sok-q';
