//! The Ferrython virtual machine: values and objects, the interpreter loop, the builtin types
//! and functions, exceptions and tracebacks, and module import.
#![deny(unsafe_code)]

pub mod arith;
pub mod attr_cache;
pub mod bootstrap;
pub mod builtins;
pub mod bytes_methods;
pub mod code;
pub mod coroutine;
pub mod dict;
pub mod dunders;
pub mod fd_ffi;
pub mod format;
pub mod frames;
pub mod gc;
pub mod generator;
pub mod hashmod;
pub mod import;
pub mod interp;
pub mod iter;
pub mod libm_ffi;
pub mod matching;
pub mod mathmod;
pub mod methods;
pub mod objects;
pub mod ops;
pub mod oserror;
pub mod procmod;
pub mod profiler;
pub mod set;
pub mod signalmod;
pub mod slots;
pub mod stdio;
pub mod strings;
pub mod suggest;
pub mod sysmod;
pub mod traceback;
pub mod value;
pub mod vm;
pub mod weakref;
pub mod zlib_ffi;
pub mod zlibmod;

pub use value::Value;
pub use vm::{PyErr, PyResult, Vm};
