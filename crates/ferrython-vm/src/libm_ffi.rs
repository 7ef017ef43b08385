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

    /// log(|gamma(x)|), using the reentrant form so no global sign variable is written.
    pub fn lgamma(x: f64) -> f64 {
        let mut sign: c_int = 0;
        // SAFETY: `sign` is a valid, exclusively borrowed int for the call's duration.
        unsafe { lgamma_r(x, &mut sign) }
    }
}
