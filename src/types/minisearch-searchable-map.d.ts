// minisearch publishes its radix tree as the subpath export "minisearch/SearchableMap", which
// TypeScript's node10 resolution (this project's) cannot see; its types are at this path.
declare module 'minisearch/SearchableMap' {
  import SearchableMap from 'minisearch/dist/es/SearchableMap';
  export default SearchableMap;
}
