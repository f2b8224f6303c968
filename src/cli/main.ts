// The Node command line: demo, offline mode, benchmarks.
console.log('cabas');
