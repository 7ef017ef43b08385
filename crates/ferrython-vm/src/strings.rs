//! Placeholder replaced by the str-methods module being written.
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn str_getitem(vm: &mut Vm, _s: &Value, _k: &Value) -> PyResult<Value> {
    Err(vm.err("NotImplementedError", "str indexing is not implemented yet"))
}

pub fn install(_vm: &mut Vm) {}
