import '../dist/index.js';
