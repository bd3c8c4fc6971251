// Package jobs stands for a job runner the analysis knows nothing about:
// what Submit does with its text is not visible from its signature.
package jobs

// Submit queues a command line for a worker that runs it in a shell.
func Submit(line string) error { return queue(line) }

var queue = func(string) error { return nil }

// SafeName reports whether name is a plain file name the worker accepts;
// the list lives with the worker, out of the analysis' sight.
func SafeName(name string) bool { return accepts(name) }

var accepts = func(string) bool { return false }
