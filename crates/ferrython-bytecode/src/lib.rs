//! Ferrython's bytecode: the instruction table (`opcode`), the compiled code object (`code`) and
//! the disassembler (`dis`). This crate knows nothing about runtime values; constants are kept in
//! the `Constant` form until the VM materialises them once per code object.
#![deny(unsafe_code)]

pub mod code;
pub mod dis;
pub mod opcode;

pub use code::{CodeFlags, CodeObject, Constant, ExceptionEntry, Location};
pub use opcode::{BinOp, CmpOp, Intrinsic1, Opcode};
