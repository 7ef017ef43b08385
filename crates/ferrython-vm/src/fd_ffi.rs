//! File descriptors as the `os` module hands them out (`os.open`, `os.pipe`...): plain
//! integers that Python code reads, writes and closes itself.
//!
//! Operations borrow the descriptor as a `File` that is never dropped (so never closed) except
//! by `close`. This module is allowed `unsafe` for that borrowing and for `close`/`dup`/
//! `isatty` of the C library alone.
#![allow(unsafe_code)]

use std::ffi::c_int;
use std::fs::File;
use std::mem::ManuallyDrop;
use std::os::fd::{FromRawFd, IntoRawFd};

unsafe extern "C" {
    fn close(fd: c_int) -> c_int;
    fn dup(fd: c_int) -> c_int;
    fn isatty(fd: c_int) -> c_int;
}

/// Runs `f` on descriptor `fd` viewed as a file, leaving the descriptor open.
pub fn with_fd<R>(fd: i32, f: impl FnOnce(&mut File) -> R) -> R {
    // SAFETY: the `File` only borrows `fd` for the call: ManuallyDrop keeps it from being
    // closed, and an fd that is not open makes the system calls fail with EBADF.
    let mut file = ManuallyDrop::new(unsafe { File::from_raw_fd(fd) });
    f(&mut file)
}

/// Closes `fd`; the OS error when it was not open.
pub fn close_fd(fd: i32) -> std::io::Result<()> {
    // SAFETY: close() takes any int and reports EBADF for one that is not an open descriptor.
    if unsafe { close(fd) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// A new descriptor for the same open file.
pub fn dup_fd(fd: i32) -> std::io::Result<i32> {
    // SAFETY: dup() takes any int and reports EBADF for one that is not open.
    let r = unsafe { dup(fd) };
    if r < 0 {
        Err(std::io::Error::last_os_error())
    } else {
        Ok(r)
    }
}

/// Whether `fd` is a terminal.
pub fn is_tty(fd: i32) -> bool {
    // SAFETY: isatty() takes any int and answers 0 for anything but an open terminal.
    unsafe { isatty(fd) == 1 }
}

/// Hands a file's descriptor over to Python code (it will close it with `close_fd`).
pub fn into_fd(file: impl IntoRawFd) -> i32 {
    file.into_raw_fd()
}

unsafe extern "C" {
    fn kill(pid: c_int, sig: c_int) -> c_int;
}

/// A new owned descriptor for what `fd` refers to (for handing to a child process).
pub fn owned_dup(fd: i32) -> std::io::Result<std::os::fd::OwnedFd> {
    let d = dup_fd(fd)?;
    // SAFETY: `d` was just returned by dup(), so it is open and owned by nobody else.
    Ok(unsafe { std::os::fd::OwnedFd::from_raw_fd(d) })
}

/// Sends signal `sig` to process `pid`.
pub fn send_signal(pid: i32, sig: i32) -> std::io::Result<()> {
    // SAFETY: kill() takes any pid and signal number and reports errors through errno.
    if unsafe { kill(pid, sig) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}
