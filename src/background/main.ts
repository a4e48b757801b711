console.log('Gleaner background');
