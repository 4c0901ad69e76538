// Chapters that have a print view at /skriv-ut/<id>/ (a folder under content/docs/).
export const printChapters = [
  { id: 'samordningsforbundets-uppgifter', label: 'Samordningsförbundets uppgifter' },
  { id: 'roller', label: 'Organisation och roller' },
  { id: 'malgrupper', label: 'Målgrupper' },
  { id: 'insatser', label: 'Insatser' },
  { id: 'lasvagar', label: 'Läsvägar' },
];
