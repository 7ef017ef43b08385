//! The native `_weakref` module: the `weakref.ReferenceType` class (`weakref.ref`),
//! `getweakrefcount` and `getweakrefs`. The registry that ties references to referents lives
//! with the object memory in `value.rs`; `lib/weakref.py` builds proxies, weak dictionaries,
//! `WeakSet` and `finalize` on top of this.

use crate::objects::*;
use crate::value::{Kind, PyWeakRef, Value};
use crate::vm::{PyResult, Vm};

/// Whether instances of `v`'s class may be weakly referenced (as in CPython: not ints,
/// strs, tuples, lists, dicts and the like; not instances of classes whose `__slots__`
/// leave out `__weakref__`).
fn weakrefable(vm: &Vm, v: &Value) -> bool {
    let ok_kind = matches!(
        v.kind(),
        Some(
            Kind::Instance
                | Kind::Function
                | Kind::Type
                | Kind::Set
                | Kind::Generator
                | Kind::Module
                | Kind::Method
                | Kind::Code
                | Kind::Exception
                | Kind::File
                | Kind::Property
                | Kind::Wrapper
                | Kind::WeakRef
                | Kind::Builtin
        )
    ) || (vm.type_of(v).downcast::<PyType>().is_some_and(|t| t.heap)
        // Subclasses of the variable-size builtins get no weak reference slot.
        && !matches!(
            v.kind(),
            Some(Kind::BigInt | Kind::Str | Kind::Tuple | Kind::Bytes | Kind::Bool)
        ));
    if !ok_kind || v.is(&vm.none) || v.is(&vm.not_implemented) || v.is(&vm.ellipsis) {
        return false;
    }
    let ty = vm.type_of(v);
    match crate::ops::slots_of(&ty) {
        Some(slots) => slots
            .iter()
            .any(|s| &**s == "__weakref__" || &**s == "__dict__"),
        None => true,
    }
}

/// `ref(obj[, callback])` (also for subclasses of `ref`).
fn ref_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = args[0].clone();
    let pos = &args[1..args.len() - kw.len()];
    if pos.is_empty() || pos.len() > 2 {
        return Err(vm.type_error(format!(
            "__new__ expected at most 2 arguments, got {}",
            pos.len()
        )));
    }
    let target = pos[0].clone();
    if !weakrefable(vm, &target) {
        return Err(vm.type_error(format!(
            "cannot create weak reference to '{}' object",
            vm.type_name(&target)
        )));
    }
    let callback = pos.get(1).filter(|c| !c.is(&vm.none)).cloned();
    // A plain reference without a callback is shared, as CPython does.
    if callback.is_none() && cls.is(&vm.t.weakref) {
        for r in target.weakrefs() {
            if r.header_type().is_some_and(|t| t.is(&vm.t.weakref))
                && r.downcast::<PyWeakRef>()
                    .is_some_and(|w| w.callback.borrow().is_none())
            {
                return Ok(r);
            }
        }
    }
    Ok(Value::new_weakref(&cls, &target, callback))
}

fn ref_of(v: &Value) -> &PyWeakRef {
    v.downcast::<PyWeakRef>().expect("weakref")
}

fn ref_call(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(ref_of(&a[0]).referent().unwrap_or(vm.none.clone()))
}

/// `hash(ref)`: the referent's hash, remembered once computed.
pub fn hash(vm: &mut Vm, r: &Value) -> PyResult<i64> {
    let w = ref_of(r);
    if let Some(h) = w.hash.get() {
        return Ok(h);
    }
    let Some(target) = w.referent() else {
        return Err(vm.type_error("weak object has gone away"));
    };
    let h = vm.hash(&target)?;
    w.hash.set(Some(h));
    Ok(h)
}

fn ref_hash(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let h = hash(vm, &a[0])?;
    Ok(vm.int(h))
}

/// `ref1 == ref2`: the referents compare while both live, else identity.
pub fn equal(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (ref_of(a).referent(), ref_of(b).referent()) {
        (Some(x), Some(y)) => vm.eq(&x, &y),
        _ => Ok(a.is(b)),
    }
}

fn ref_compare(vm: &mut Vm, a: &[Value], eq: bool) -> PyResult<Value> {
    let Some(other) = a.get(1).filter(|o| o.kind() == Some(Kind::WeakRef)) else {
        return Ok(vm.not_implemented.clone());
    };
    let same = equal(vm, &a[0], other)?;
    Ok(vm.bool(same == eq))
}

/// `ref.__callback__`.
pub fn callback(vm: &Vm, r: &Value) -> Value {
    ref_of(r)
        .callback
        .borrow()
        .clone()
        .unwrap_or(vm.none.clone())
}

fn ref_eq(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    ref_compare(vm, a, true)
}

fn ref_ne(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    ref_compare(vm, a, false)
}

fn ref_repr(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let s = repr(vm, &a[0]);
    Ok(vm.str(s))
}

/// `<weakref at 0x..; to 'C' at 0x..>` or `<weakref at 0x..; dead>`.
pub fn repr(vm: &Vm, r: &Value) -> String {
    let me = r.id();
    match ref_of(r).referent() {
        Some(t) => format!(
            "<weakref at {me:#x}; to '{}' at {:#x}>",
            vm.type_name(&t),
            t.id()
        ),
        None => format!("<weakref at {me:#x}; dead>"),
    }
}

fn getweakrefcount(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let n = a.first().map_or(0, |v| v.weakrefs().len());
    Ok(vm.int(n as i64))
}

fn getweakrefs(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let refs = a.first().map(|v| v.weakrefs()).unwrap_or_default();
    Ok(vm.list(refs))
}

/// Sets up the `weakref.ReferenceType` class.
pub fn install(vm: &mut Vm) {
    let t = vm.t.weakref.clone();
    t.downcast::<PyType>().unwrap().new.set(Some(ref_new));
    for (n, f) in [
        ("__call__", ref_call as crate::vm::NativeFn),
        ("__hash__", ref_hash),
        ("__eq__", ref_eq),
        ("__ne__", ref_ne),
        ("__repr__", ref_repr),
    ] {
        crate::builtins::add_method(vm, &t, n, f);
    }
    let d = t.downcast::<PyType>().unwrap().dict.clone();
    let m = vm.str("weakref");
    vm.dict_set_str(&d, "__module__", m);
}

/// The functions of the `_weakref` module.
pub fn module_functions() -> Vec<(&'static str, crate::vm::NativeFn)> {
    vec![
        ("getweakrefcount", getweakrefcount),
        ("getweakrefs", getweakrefs),
    ]
}

/// Calls the callbacks of weak references whose referents died; errors are reported the way
/// CPython reports exceptions it cannot raise.
pub fn run_callbacks(vm: &mut Vm) {
    loop {
        let next = crate::value::WEAKREF_CALLBACKS.with(|q| {
            let mut q = q.borrow_mut();
            if q.is_empty() {
                None
            } else {
                Some(q.remove(0))
            }
        });
        let Some((r, cb)) = next else { break };
        if vm.finalizing {
            continue;
        }
        if let Err(e) = vm.call(&cb, std::slice::from_ref(&r), &[]) {
            crate::traceback::write_unraisable(vm, &e.0, &cb);
        }
    }
}
