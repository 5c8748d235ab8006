/** Patterns of the strings people type that no library list covers. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
export const PHONE_PATTERN = /^\+?[0-9][0-9 ()./-]{4,28}[0-9]$/;
