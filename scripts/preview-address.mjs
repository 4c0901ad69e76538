// `node scripts/preview-address.mjs <pr>`: the preview build's address, as lines for $GITHUB_OUTPUT
// (site_url, base_path, pages_base_url). Used by the workflow's preview job; see src/config/site.mjs.
import { previewConfig } from '../src/config/site.mjs';

const { siteUrl, basePath, pagesBaseUrl } = previewConfig(process.env, Number(process.argv[2]));
console.log(`site_url=${siteUrl}\nbase_path=${basePath}\npages_base_url=${pagesBaseUrl}`);
