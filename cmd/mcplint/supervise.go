//go:build cgo

package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"sync/atomic"
	"syscall"
)

// A scan runs in a child process of mcplint itself, which the parent
// supervises. The reason is the exit code: Go ends a process that runs out
// of memory, overflows its stack or panics on a goroutine with status 2,
// which is mcplint's usage-error code, and a CI gate (the Action skips its
// SARIF upload on 2) would read a crash caused by a hostile repository as a
// mistake in its own command line. The child exits with its code plus
// childExitBase; anything else (a runtime crash, a signal) becomes exit 3,
// "some input could not be analysed", with a message on stderr.
//
// The child inherits standard input, output and error, so output streams
// exactly as it would from one process.
const (
	childEnv      = "MCPLINT_SCAN_CHILD" // set in the child's environment
	childExitBase = 10
)

// childCommand returns the command that reruns this executable as the
// scanning child, or nil when the executable cannot be found (then the scan
// runs in this process).
func childCommand() *exec.Cmd {
	exe, err := os.Executable()
	if err != nil {
		return nil
	}
	cmd := exec.Command(exe, os.Args[1:]...)
	cmd.Env = append(os.Environ(), childEnv+"=1")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	return cmd
}

// superviseStart runs cmd and maps its exit; ok is false when it could not
// be started.
func superviseStart(cmd *exec.Cmd, stderr io.Writer) (int, bool) {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)
	restore := capAddressSpace(scanAddressSpace())
	err := cmd.Start()
	restore()
	if err != nil {
		return 0, false
	}
	done := make(chan struct{})
	var interrupted atomic.Bool
	go func() {
		for {
			select {
			case s := <-sigs:
				interrupted.Store(true)
				cmd.Process.Signal(s) // the child ends as the user asked
			case <-done:
				return
			}
		}
	}()
	err = cmd.Wait()
	close(done)
	if interrupted.Load() && err != nil {
		return exitInterrupted, true // the user's doing, not a crash
	}
	return childExit(err, stderr), true
}

// exitInterrupted is the shell's code for a command ended by SIGINT.
const exitInterrupted = 130

// supervise runs cmd as the scanning child and returns mcplint's exit code.
func supervise(cmd *exec.Cmd, stderr io.Writer) int {
	code, ok := superviseStart(cmd, stderr)
	if !ok {
		fmt.Fprintf(stderr, "mcplint: cannot start the analysis process\n")
		return exitFailure
	}
	return code
}

// childExit maps how the child ended to mcplint's exit code.
func childExit(err error, stderr io.Writer) int {
	status := 0
	if err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			fmt.Fprintf(stderr, "mcplint: the analysis process failed: %v; no result\n", err)
			return exitFailure
		}
		status = ee.ExitCode() // -1 when killed by a signal
	}
	if code := status - childExitBase; status >= childExitBase && code <= exitFailure {
		return code
	}
	how := fmt.Sprintf("with status %d", status)
	if status < 0 {
		how = "by a signal"
		if ee := (*exec.ExitError)(nil); errors.As(err, &ee) {
			how = ee.Error()
		}
	}
	fmt.Fprintf(stderr, "mcplint: the analysis process ended abnormally (%s; see the runtime error above, often out of memory on a hostile input); the results are incomplete\n", how)
	return exitFailure
}
