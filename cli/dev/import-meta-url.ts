/** Injected into the CommonJS bundle (see bundle.ts): what `import.meta.url` stands for there. */
export const __drefModuleUrl: string = require('node:url').pathToFileURL(__filename).href;
