/** Placeholder until the browser tests exist: builds nothing. */
module.exports = async () => {};
