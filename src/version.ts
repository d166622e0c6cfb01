/** The package name, as written in result receipts. */
export const LIBRARY_NAME = 'nong-thon-moi';
/** The package version, as written in result receipts; a test keeps it equal to package.json. */
export const LIBRARY_VERSION = '0.1.0';
