//! File descriptors as the `os` module hands them out (`os.open`, `os.pipe`...): plain
//! integers that Python code reads, writes and closes itself.
//!
//! Operations borrow the descriptor as a `File` that is never dropped (so never closed) except
//! by `close`. This module is allowed `unsafe` for that borrowing, for `close`/`dup`/`isatty`
//! of the C library, and for the process-identity calls `os` needs (`getuid` and friends,
//! `umask`, `uname`), which take no pointers but `uname`'s buffer.
#![allow(unsafe_code)]

use std::ffi::c_int;
use std::fs::File;
use std::mem::ManuallyDrop;
use std::os::fd::{FromRawFd, IntoRawFd};

unsafe extern "C" {
    fn close(fd: c_int) -> c_int;
    fn dup(fd: c_int) -> c_int;
    fn isatty(fd: c_int) -> c_int;
    fn getuid() -> u32;
    fn geteuid() -> u32;
    fn getgid() -> u32;
    fn getegid() -> u32;
    fn umask(mask: u32) -> u32;
    fn uname(buf: *mut Utsname) -> c_int;
}

/// Linux's `struct utsname`: six NUL-terminated fields of 65 bytes.
#[repr(C)]
struct Utsname {
    fields: [[u8; 65]; 6],
}

/// The real and effective user and group ids: (uid, euid, gid, egid).
pub fn process_ids() -> (u32, u32, u32, u32) {
    // SAFETY: these calls take no arguments, cannot fail and only read process state.
    unsafe { (getuid(), geteuid(), getgid(), getegid()) }
}

/// Sets the file-creation mask, returning the previous one.
pub fn set_umask(mask: u32) -> u32 {
    // SAFETY: umask() takes any mode value and only changes process state.
    unsafe { umask(mask) }
}

/// sysname, nodename, release, version and machine of the running kernel.
pub fn uname_fields() -> std::io::Result<[String; 5]> {
    let mut buf = Utsname {
        fields: [[0; 65]; 6],
    };
    // SAFETY: `buf` is a writable struct with the layout uname() fills on Linux.
    if unsafe { uname(&mut buf) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    let text = |f: &[u8; 65]| {
        let end = f.iter().position(|&b| b == 0).unwrap_or(f.len());
        String::from_utf8_lossy(&f[..end]).into_owned()
    };
    Ok(std::array::from_fn(|i| text(&buf.fields[i])))
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

unsafe extern "C" {
    #[link_name = "signal"]
    fn c_signal(sig: c_int, handler: usize) -> usize;
    #[link_name = "raise"]
    fn c_raise(sig: c_int) -> c_int;
    fn alarm(seconds: std::ffi::c_uint) -> std::ffi::c_uint;
    fn pause() -> c_int;
    fn strsignal(sig: c_int) -> *const std::ffi::c_char;
}

/// The C library's default and ignore dispositions.
pub const SIG_DFL: usize = 0;
pub const SIG_IGN: usize = 1;
const SIG_ERR: usize = usize::MAX;

/// Sets the disposition of signal `sig` to SIG_DFL, SIG_IGN or the function `handler`;
/// the previous disposition.
pub fn set_signal_handler(sig: i32, handler: usize) -> std::io::Result<usize> {
    // SAFETY: signal() validates its arguments (EINVAL for a bad number or an unchangeable
    // signal); `handler` is SIG_DFL, SIG_IGN or an `extern "C" fn(c_int)` address.
    let prev = unsafe { c_signal(sig, handler) };
    if prev == SIG_ERR {
        Err(std::io::Error::last_os_error())
    } else {
        Ok(prev)
    }
}

/// Sends signal `sig` to the calling process.
pub fn raise_signal(sig: i32) -> std::io::Result<()> {
    // SAFETY: raise() takes any number and reports a bad one through errno.
    if unsafe { c_raise(sig) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// Schedules SIGALRM in `seconds` (0 cancels); the seconds left of the previous alarm.
pub fn set_alarm(seconds: u32) -> u32 {
    // SAFETY: alarm() has no failure mode.
    unsafe { alarm(seconds) }
}

/// Sleeps until a signal arrives.
pub fn pause_for_signal() {
    // SAFETY: pause() only waits.
    unsafe {
        pause();
    }
}

/// The system's description of signal `sig`, if it has one.
pub fn signal_description(sig: i32) -> Option<String> {
    // SAFETY: strsignal returns null or a NUL-terminated string valid until the next call;
    // it is copied at once.
    let p = unsafe { strsignal(sig) };
    if p.is_null() {
        return None;
    }
    // SAFETY: checked non-null above; the string is NUL-terminated.
    Some(
        unsafe { std::ffi::CStr::from_ptr(p) }
            .to_string_lossy()
            .into_owned(),
    )
}

unsafe extern "C" {
    fn sigfillset(set: *mut [u64; 16]) -> c_int;
    fn pthread_sigmask(how: c_int, set: *const [u64; 16], old: *mut [u64; 16]) -> c_int;
}

/// Blocks (or unblocks) every signal in the calling thread, so that signals sent to the
/// process reach the interpreter's thread, whose handlers must run right after delivery.
pub fn block_signals(block: bool) {
    // glibc's sigset_t is 1024 bits.
    let mut set = [0u64; 16];
    // SAFETY: `set` is a properly sized sigset_t that sigfillset initialises; a null old-set
    // pointer is allowed.
    unsafe {
        sigfillset(&mut set);
        pthread_sigmask(if block { 0 } else { 1 }, &set, std::ptr::null_mut());
    }
}
