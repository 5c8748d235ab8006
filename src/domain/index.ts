export * from './enums';
export * from './model';
export * from './fold';
export * from './derived';
export * from './values';
export * from './global-id';
export * from './links';
export * from './ranking';
