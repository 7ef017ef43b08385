//! The run-time half of the `match` statement: which subjects count as sequences and
//! mappings, key extraction for mapping patterns and attribute extraction for class patterns.
//!
//! A class is a sequence (mapping) for pattern matching when `list`, `tuple` or `range`
//! (`dict`) is in its MRO, or when a class in its MRO declares `__abc_tpflags__` with the
//! sequence (mapping) bit, which `collections.abc.Sequence`/`Mapping` and `deque` do.
//! `str`, `bytes` and `bytearray` are never sequences here, as in CPython.

use crate::objects::{PyTuple, PyType};
use crate::ops::{is_subtype, type_lookup};
use crate::value::{Kind, Value};
use crate::vm::{PyResult, Vm};

const SEQUENCE_FLAG: i64 = 1 << 5;
const MAPPING_FLAG: i64 = 1 << 6;

fn abc_flags(vm: &mut Vm, ty: &Value) -> i64 {
    let n = vm.intern("__abc_tpflags__");
    type_lookup(ty, &n)
        .and_then(|v| v.as_small_int())
        .unwrap_or(0)
}

pub fn is_sequence(vm: &mut Vm, v: &Value) -> bool {
    let ty = vm.type_of(v);
    if [&vm.t.str, &vm.t.bytes, &vm.t.bytearray]
        .iter()
        .any(|t| is_subtype(&ty, t))
    {
        return false;
    }
    if [&vm.t.list, &vm.t.tuple, &vm.t.range]
        .iter()
        .any(|t| is_subtype(&ty, t))
    {
        return true;
    }
    abc_flags(vm, &ty) & SEQUENCE_FLAG != 0
}

pub fn is_mapping(vm: &mut Vm, v: &Value) -> bool {
    let ty = vm.type_of(v);
    is_subtype(&ty, &vm.t.dict) || abc_flags(vm, &ty) & MAPPING_FLAG != 0
}

/// Looks up each key of a mapping pattern with `subject.get(key, <marker>)`; None when a key
/// is missing, else the tuple of values.
pub fn match_keys(vm: &mut Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let keys: Vec<Value> = keys.downcast::<PyTuple>().unwrap().0.to_vec();
    let marker = vm.call(&vm.t.object.clone(), &[], &[])?;
    let get = vm.getattr_str(subject, "get")?;
    let mut values = Vec::with_capacity(keys.len());
    for (i, k) in keys.iter().enumerate() {
        for earlier in &keys[..i] {
            if vm.eq(earlier, k)? {
                let r = vm.repr_string(k)?;
                return Err(vm.value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
        }
        let v = vm.call(&get, &[k.clone(), marker.clone()], &[])?;
        if v.is(&marker) {
            return Ok(vm.none.clone());
        }
        values.push(v);
    }
    Ok(vm.tuple(values))
}

/// `{**rest}`: a new dict with the subject's items except the matched keys.
pub fn copy_without_keys(vm: &mut Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let rest = vm.dict();
    crate::builtins::dict_update(vm, &rest, subject)?;
    let keys: Vec<Value> = keys.downcast::<PyTuple>().unwrap().0.to_vec();
    for k in &keys {
        vm.dict_del(&rest, k)?;
    }
    Ok(rest)
}

/// Builtin classes whose single positional sub-pattern matches the whole subject.
fn matches_self(vm: &Vm, cls: &Value) -> bool {
    let t = &vm.t;
    [
        &t.bool,
        &t.bytearray,
        &t.bytes,
        &t.dict,
        &t.float,
        &t.frozenset,
        &t.int,
        &t.list,
        &t.set,
        &t.str,
        &t.tuple,
    ]
    .iter()
    .any(|c| is_subtype(cls, c))
}

/// A class pattern `cls(p1, .., k1=.., ..)`: None when the subject is not an instance or an
/// attribute is missing, else the tuple of the positional then keyword attribute values.
pub fn match_class(
    vm: &mut Vm,
    subject: &Value,
    cls: &Value,
    npos: usize,
    kwnames: &Value,
) -> PyResult<Value> {
    if cls.kind() != Some(Kind::Type) {
        return Err(vm.type_error("called match pattern must be a class"));
    }
    if !vm.isinstance(subject, cls)? {
        return Ok(vm.none.clone());
    }
    let cls_name = cls.downcast::<PyType>().unwrap().name.borrow().to_string();
    let kw: Vec<Value> = kwnames.downcast::<PyTuple>().unwrap().0.to_vec();
    let mut names: Vec<Value> = Vec::new();
    let mut values: Vec<Value> = Vec::new();
    if npos > 0 {
        let match_args = match vm.getattr_str(cls, "__match_args__") {
            Ok(m) => Some(m),
            Err(e) if vm.exc_matches(&e, "AttributeError") => None,
            Err(e) => return Err(e),
        };
        match match_args {
            Some(m) => {
                let Some(t) = m.downcast::<PyTuple>() else {
                    return Err(vm.type_error(format!(
                        "{cls_name}.__match_args__ must be a tuple (got {})",
                        vm.type_name(&m)
                    )));
                };
                if npos > t.0.len() {
                    let n = t.0.len();
                    let s = if n == 1 { "" } else { "s" };
                    return Err(vm.type_error(format!(
                        "{cls_name}() accepts {n} positional sub-pattern{s} ({npos} given)"
                    )));
                }
                for a in t.0[..npos].iter() {
                    if a.kind() != Some(Kind::Str) {
                        return Err(vm.type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            vm.type_name(a)
                        )));
                    }
                    names.push(a.clone());
                }
            }
            None if npos == 1 && matches_self(vm, cls) => values.push(subject.clone()),
            None => {
                let n = if matches_self(vm, cls) { 1 } else { 0 };
                let s = if n == 1 { "" } else { "s" };
                return Err(vm.type_error(format!(
                    "{cls_name}() accepts {n} positional sub-pattern{s} ({npos} given)"
                )));
            }
        }
    }
    names.extend(kw);
    for (i, name) in names.iter().enumerate() {
        if names[..i]
            .iter()
            .any(|n| n.is(name) || vm.eq(n, name).unwrap_or(false))
        {
            let s = crate::objects::str_of(name).unwrap_or_default().to_string();
            return Err(vm.type_error(format!(
                "{cls_name}() got multiple sub-patterns for attribute '{s}'"
            )));
        }
        match vm.getattr(subject, name) {
            Ok(v) => values.push(v),
            Err(e) if vm.exc_matches(&e, "AttributeError") => return Ok(vm.none.clone()),
            Err(e) => return Err(e),
        }
    }
    Ok(vm.tuple(values))
}
