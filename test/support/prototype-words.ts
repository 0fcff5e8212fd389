/**
 * Names every object inherits from Object.prototype. A lookup keyed by user input through a plain
 * object finds them (`map["constructor"]` is a function), so every fuzz and property-test
 * dictionary includes them.
 */
export const PROTOTYPE_WORDS = ["constructor", "__proto__", "prototype", "toString", "valueOf", "hasOwnProperty"] as const;
