//! The C library's math functions that Rust's standard library lacks or computes
//! differently from the C library CPython calls: using the same ones gives the same bits.
//!
//! This module only declares and calls pure C functions of the platform's libm (linked by
//! std already); it is allowed `unsafe` for those calls alone.
#![allow(unsafe_code)]

use std::ffi::c_int;

unsafe extern "C" {
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
    fn tgamma(x: f64) -> f64;
    fn lgamma_r(x: f64, sign: *mut c_int) -> f64;
    fn asinh(x: f64) -> f64;
    fn acosh(x: f64) -> f64;
    fn atanh(x: f64) -> f64;
    fn expm1(x: f64) -> f64;
    fn log1p(x: f64) -> f64;
    fn cbrt(x: f64) -> f64;
    fn dlopen(filename: *const std::ffi::c_char, flag: c_int) -> *mut std::ffi::c_void;
    fn dlsym(
        handle: *mut std::ffi::c_void,
        symbol: *const std::ffi::c_char,
    ) -> *mut std::ffi::c_void;
}

/// A one-double function of the system's shared libm, looked up at run time: the Rust
/// toolchain links its own versions of some C math symbols (cbrt among them) ahead of the
/// system's, whose results CPython reports.
fn system_libm(name: &std::ffi::CStr) -> Option<extern "C" fn(f64) -> f64> {
    const RTLD_NOW: c_int = 2;
    // SAFETY: dlopen/dlsym get NUL-terminated strings and return null on failure; a
    // non-null symbol of libm named like a C math function of one double has that C type.
    unsafe {
        let handle = dlopen(c"libm.so.6".as_ptr(), RTLD_NOW);
        if handle.is_null() {
            return None;
        }
        let f = dlsym(handle, name.as_ptr());
        if f.is_null() {
            return None;
        }
        Some(std::mem::transmute::<
            *mut std::ffi::c_void,
            extern "C" fn(f64) -> f64,
        >(f))
    }
}

macro_rules! pure {
    ($($(#[$m:meta])* $name:ident => $c:ident),* $(,)?) => {
        $($(#[$m])* pub fn $name(x: f64) -> f64 {
            // SAFETY: a C math function of one double: no pointers, no global state read.
            unsafe { $c(x) }
        })*
    };
}

pub mod c {
    use super::*;
    pure!(
        /// The error function.
        erf_ => erf,
        /// The complementary error function.
        erfc_ => erfc,
        /// The gamma function.
        gamma => tgamma,
        asinh_ => asinh,
        acosh_ => acosh,
        atanh_ => atanh,
        expm1_ => expm1,
        log1p_ => log1p,
    );

    /// The real cube root, as the system libm computes it.
    pub fn cbrt_(x: f64) -> f64 {
        static CBRT: std::sync::OnceLock<Option<extern "C" fn(f64) -> f64>> =
            std::sync::OnceLock::new();
        match CBRT.get_or_init(|| system_libm(c"cbrt")) {
            Some(f) => f(x),
            // SAFETY: a C math function of one double: no pointers, no global state read.
            None => unsafe { cbrt(x) },
        }
    }

    /// log(|gamma(x)|), using the reentrant form so no global sign variable is written.
    pub fn lgamma(x: f64) -> f64 {
        let mut sign: c_int = 0;
        // SAFETY: `sign` is a valid, exclusively borrowed int for the call's duration.
        unsafe { lgamma_r(x, &mut sign) }
    }
}
