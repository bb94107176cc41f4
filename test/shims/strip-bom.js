// CommonJS stand-in for strip-bom (ESM-only since v5), which @microsoft/app-manifest requires; jest cannot load ESM here.
module.exports = (text) => (typeof text === 'string' && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
