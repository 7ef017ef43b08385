//! Methods and constructors of the builtin container, number, object, type and exception
//! classes, and the special attributes (`__class__`, `__dict__`, `__name__`, ...) that are
//! computed rather than stored.

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use crate::builtins::{add_method, dict_update, list_sort, split_kw};
use crate::objects::*;
use crate::ops::{as_float, as_int, is_subtype, to_bigint, type_lookup};
use crate::value::{Kind, Value};
use crate::vm::{PyResult, Vm};
use ferrython_bytecode::opcode::BinOp;

fn argc(vm: &Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len() - 1;
    if n < min || n > max {
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({n} given)"),
                1 => format!("{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

fn list_of(v: &Value) -> &PyList {
    v.downcast::<PyList>().expect("list")
}

// ----- module -------------------------------------------------------------------------------------

/// `types.ModuleType(name, doc=None)`: an empty module.
fn module_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(args, kw);
    let mut name = pos.get(1).cloned();
    let mut doc = pos.get(2).cloned();
    if pos.len() > 3 {
        return Err(vm.type_error(format!(
            "module() takes at most 2 arguments ({} given)",
            pos.len() - 1
        )));
    }
    for (k, v) in kws {
        match k {
            "name" => name = Some(v.clone()),
            "doc" => doc = Some(v.clone()),
            other => {
                return Err(vm.type_error(format!(
                    "module() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    let Some(name) = name else {
        return Err(vm.type_error("module() missing required argument 'name' (pos 1)"));
    };
    if name.kind() != Some(Kind::Str) {
        return Err(vm.type_error(format!(
            "module.__init__() argument 'name' must be str, not {}",
            vm.type_name(&name)
        )));
    }
    let d = vm.dict();
    vm.dict_set_str(&d, "__name__", name);
    let none = vm.none.clone();
    vm.dict_set_str(&d, "__doc__", doc.unwrap_or_else(|| none.clone()));
    for k in ["__package__", "__loader__", "__spec__"] {
        vm.dict_set_str(&d, k, none.clone());
    }
    Ok(Value::new_object(&args[0], PyModule { dict: d }))
}

// ----- list ---------------------------------------------------------------------------------------

fn list_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, _) = split_kw(args, kw);
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    let items = match pos.get(1) {
        Some(it) => vm.collect(it)?,
        None => Vec::new(),
    };
    Ok(Value::new_object(
        &pos[0],
        PyList(std::cell::RefCell::new(items)),
    ))
}

fn list_append(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "list.append", a, 1, 1)?;
    list_of(&a[0]).0.borrow_mut().push(a[1].clone());
    Ok(vm.none.clone())
}

fn list_extend(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "list.extend", a, 1, 1)?;
    let items = vm.collect(&a[1])?;
    list_of(&a[0]).0.borrow_mut().extend(items);
    Ok(vm.none.clone())
}

fn list_pop(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "pop", a, 0, 1)?;
    let l = list_of(&a[0]);
    let n = l.0.borrow().len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match a.get(1) {
        Some(v) => vm.index_value(v)?,
        None => n - 1,
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(l.0.borrow_mut().remove(j as usize))
}

fn list_insert(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "insert", a, 2, 2)?;
    let l = list_of(&a[0]);
    let n = l.0.borrow().len() as i64;
    let i = vm.index_value(&a[1])?;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.0.borrow_mut().insert(j as usize, a[2].clone());
    Ok(vm.none.clone())
}

fn find_in(vm: &mut Vm, items: &[Value], x: &Value) -> PyResult<Option<usize>> {
    for (i, it) in items.iter().enumerate() {
        if vm.eq(it, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn list_remove(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "list.remove", a, 1, 1)?;
    let items = list_of(&a[0]).0.borrow().clone();
    match find_in(vm, &items, &a[1])? {
        Some(i) => {
            list_of(&a[0]).0.borrow_mut().remove(i);
            Ok(vm.none.clone())
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn seq_items(v: &Value) -> Vec<Value> {
    match v.downcast::<PyList>() {
        Some(l) => l.0.borrow().clone(),
        None => v
            .downcast::<PyTuple>()
            .map(|t| t.0.to_vec())
            .unwrap_or_default(),
    }
}

fn seq_index(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "index", a, 1, 3)?;
    let items = seq_items(&a[0]);
    let n = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let start = match a.get(2) {
        Some(v) => norm(vm.index_value(v)?),
        None => 0,
    };
    let end = match a.get(3) {
        Some(v) => norm(vm.index_value(v)?),
        None => n as usize,
    };
    for (i, item) in items.iter().enumerate().take(end.max(start)).skip(start) {
        if vm.eq(item, &a[1])? {
            return Ok(vm.int(i as i64));
        }
    }
    if a[0].kind() == Some(Kind::List) {
        let r = vm.repr_string(&a[1])?;
        Err(vm.value_error(format!("{r} is not in list")))
    } else {
        Err(vm.value_error("tuple.index(x): x not in tuple"))
    }
}

fn seq_count(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let owner = match a.first().and_then(|v| v.kind()) {
        Some(Kind::Tuple) => "tuple.count",
        Some(Kind::Range) => "range.count",
        _ => "list.count",
    };
    argc(vm, owner, a, 1, 1)?;
    let items = vm.collect(&a[0])?;
    let mut c = 0;
    for it in &items {
        if vm.eq(it, &a[1])? {
            c += 1;
        }
    }
    Ok(vm.int(c))
}

fn list_reverse(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "list.reverse", a, 0, 0)?;
    list_of(&a[0]).0.borrow_mut().reverse();
    Ok(vm.none.clone())
}

fn list_clear(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "list.clear", a, 0, 0)?;
    let old = std::mem::take(&mut *list_of(&a[0]).0.borrow_mut());
    drop(old);
    Ok(vm.none.clone())
}

fn list_copy(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "list.copy", a, 0, 0)?;
    let items = list_of(&a[0]).0.borrow().clone();
    Ok(vm.list(items))
}

fn list_iadd(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let items = vm.collect(&a[1])?;
    list_of(&a[0]).0.borrow_mut().extend(items);
    Ok(a[0].clone())
}

fn list_init(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "list", a, 0, 1)?;
    let items = match a.get(1) {
        Some(it) => vm.collect(it)?,
        None => Vec::new(),
    };
    *list_of(&a[0]).0.borrow_mut() = items;
    Ok(vm.none.clone())
}

fn dict_init(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    dict_update_m(vm, a, kw)
}

fn set_init(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    a[0].downcast::<PySet>().unwrap().table.borrow_mut().clear();
    set_update(vm, a, &[])
}

// Payload-level dunders, so subclasses can call `dict.__setitem__(self, ...)` or
// `super().__getitem__(...)`. They never dispatch back through the subclass's own dunders.

fn dict_dunder_getitem(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "__getitem__", a, 1, 1)?;
    if let Some(v) = vm.dict_get(&a[0], &a[1])? {
        return Ok(v);
    }
    let ty = vm.type_of(&a[0]);
    let missing = vm.intern("__missing__");
    if ty.downcast::<PyType>().is_some_and(|t| t.heap)
        && let Some(f) = type_lookup(&ty, &missing)
    {
        return vm.call(&f, &[a[0].clone(), a[1].clone()], &[]);
    }
    Err(vm.key_error(a[1].clone()))
}

fn dict_dunder_setitem(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "__setitem__", a, 2, 2)?;
    vm.dict_set(&a[0], a[1].clone(), a[2].clone())?;
    Ok(vm.none.clone())
}

fn dict_dunder_delitem(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "__delitem__", a, 1, 1)?;
    match vm.dict_del(&a[0], &a[1])? {
        Some(_) => Ok(vm.none.clone()),
        None => Err(vm.key_error(a[1].clone())),
    }
}

fn dict_dunder_contains(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "__contains__", a, 1, 1)?;
    let r = vm.dict_get(&a[0], &a[1])?.is_some();
    Ok(vm.bool(r))
}

/// A plain dict holding `d`'s own entries (not through a subclass's overrides).
fn dict_payload_copy(vm: &mut Vm, d: &Value) -> PyResult<Value> {
    let out = vm.dict();
    let items = d
        .downcast::<PyDict>()
        .map(|p| p.items())
        .unwrap_or_default();
    for (k, v) in items {
        vm.dict_set(&out, k, v)?;
    }
    Ok(out)
}

fn dict_dunder_or(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "__or__", a, 1, 1)?;
    if a[1].kind() != Some(Kind::Dict) {
        return Ok(vm.not_implemented.clone());
    }
    let out = dict_payload_copy(vm, &a[0])?;
    crate::builtins::dict_update(vm, &out, &a[1])?;
    Ok(out)
}

fn dict_dunder_ror(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "__ror__", a, 1, 1)?;
    if a[1].kind() != Some(Kind::Dict) {
        return Ok(vm.not_implemented.clone());
    }
    let out = dict_payload_copy(vm, &a[1])?;
    let mine = dict_payload_copy(vm, &a[0])?;
    crate::builtins::dict_update(vm, &out, &mine)?;
    Ok(out)
}

fn dict_dunder_ior(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "__ior__", a, 1, 1)?;
    crate::builtins::dict_update(vm, &a[0], &a[1])?;
    Ok(a[0].clone())
}

fn dict_dunder_reversed(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "__reversed__", a, 0, 0)?;
    let keys: Vec<Value> = a[0]
        .downcast::<PyDict>()
        .map(|d| d.items().into_iter().map(|(k, _)| k).collect())
        .unwrap_or_default();
    let n = keys.len() as isize;
    let l = vm.list(keys);
    Ok(vm.iter_obj(IterState::Reversed { seq: l, idx: n - 1 }))
}

fn list_dunder_reversed(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "__reversed__", a, 0, 0)?;
    let n = list_of(&a[0]).0.borrow().len() as isize;
    Ok(vm.iter_obj(IterState::Reversed {
        seq: a[0].clone(),
        idx: n - 1,
    }))
}

/// `set.__ior__` and the other in-place operators: the matching update method when the
/// operand is a set, else NotImplemented.
fn set_inplace_dunder(vm: &mut Vm, a: &[Value], update: crate::vm::NativeFn) -> PyResult<Value> {
    argc(vm, "set operator", a, 1, 1)?;
    if a[1].kind() != Some(Kind::Set) {
        return Ok(vm.not_implemented.clone());
    }
    update(vm, a, &[])?;
    Ok(a[0].clone())
}

fn dict_dunder_iter(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "__iter__", a, 0, 0)?;
    let len = a[0].downcast::<PyDict>().map_or(0, |d| d.0.borrow().len());
    Ok(vm.iter_obj(IterState::Dict {
        dict: a[0].clone(),
        idx: 0,
        which: 0,
        len,
        last: None,
    }))
}

/// `f.__call__(*args, **kw)` for the callable builtin kinds: calls `f`.
fn call_self(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some((f, rest)) = a.split_first() else {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    };
    vm.call(f, rest, kw)
}

fn payload_len(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let n = if let Some(d) = a[0].downcast::<PyDict>() {
        d.0.borrow().len()
    } else if let Some(l) = a[0].downcast::<PyList>() {
        l.0.borrow().len()
    } else if let Some(s) = a[0].downcast::<PySet>() {
        s.table.borrow().len()
    } else {
        return Err(vm.type_error("descriptor '__len__' requires a builtin container"));
    };
    Ok(vm.int(n as i64))
}

fn list_dunder_getitem(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "__getitem__", a, 1, 1)?;
    // Index a plain list holding the same items (cheap for ints, a copy for slices).
    let plain = vm.list(list_of(&a[0]).0.borrow().clone());
    vm.getitem(&plain, &a[1])
}

fn list_dunder_delitem(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "__delitem__", a, 1, 1)?;
    let plain = vm.list(std::mem::take(&mut *list_of(&a[0]).0.borrow_mut()));
    let r = vm.delitem(&plain, &a[1]);
    *list_of(&a[0]).0.borrow_mut() = std::mem::take(&mut *list_of(&plain).0.borrow_mut());
    r?;
    Ok(vm.none.clone())
}

fn list_dunder_contains(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "__contains__", a, 1, 1)?;
    let mut i = 0;
    // The list may change while `==` runs: look each item up afresh.
    while let Some(item) = list_of(&a[0]).0.borrow().get(i).cloned() {
        if item.is(&a[1]) || vm.eq(&item, &a[1])? {
            return Ok(vm.true_.clone());
        }
        i += 1;
    }
    Ok(vm.false_.clone())
}

fn list_dunder_iter(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "__iter__", a, 0, 0)?;
    Ok(vm.iter_obj(IterState::Seq {
        seq: a[0].clone(),
        idx: 0,
    }))
}

fn list_dunder_add(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "__add__", a, 1, 1)?;
    // Anything but a list: NotImplemented, so that `[0] + UserList(...)` reaches the right
    // operand's `__radd__`.
    let Some(other) = a[1].downcast::<PyList>() else {
        return Ok(vm.not_implemented.clone());
    };
    let mut items = list_of(&a[0]).0.borrow().clone();
    items.extend(other.0.borrow().iter().cloned());
    Ok(vm.list(items))
}

/// The items of list `l` repeated `n` times (`n` an index-like value).
pub fn list_repeated(vm: &mut Vm, l: &Value, n: &Value) -> PyResult<Vec<Value>> {
    let n = vm.index_value(n)?.max(0) as usize;
    let items = list_of(l).0.borrow().clone();
    if n > 0
        && items
            .len()
            .checked_mul(n)
            .is_none_or(|t| t > isize::MAX as usize / 8)
    {
        return Err(vm.err("MemoryError", ""));
    }
    Ok(repeat_items(&items, n))
}

/// `items` repeated `n` times (the caller has checked the size fits).
pub fn repeat_items(items: &[Value], n: usize) -> Vec<Value> {
    if items.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        out.extend(items.iter().cloned());
    }
    out
}

/// Whether `n` can be a repeat count (an int or an object with `__index__`).
fn is_index_like(vm: &mut Vm, n: &Value) -> bool {
    let index = vm.intern("__index__");
    as_int(n).is_some() || type_lookup(&vm.type_of(n), &index).is_some()
}

fn list_dunder_mul(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "__mul__", a, 1, 1)?;
    // NotImplemented lets `seq * x` report "can't multiply sequence by non-int".
    if !is_index_like(vm, &a[1]) {
        return Ok(vm.not_implemented.clone());
    }
    let items = list_repeated(vm, &a[0], &a[1])?;
    Ok(vm.list(items))
}

fn list_dunder_imul(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "__imul__", a, 1, 1)?;
    if !is_index_like(vm, &a[1]) {
        return Ok(vm.not_implemented.clone());
    }
    let items = list_repeated(vm, &a[0], &a[1])?;
    *list_of(&a[0]).0.borrow_mut() = items;
    Ok(a[0].clone())
}

fn list_dunder_setitem(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "__setitem__", a, 2, 2)?;
    let plain = vm.list(std::mem::take(&mut *list_of(&a[0]).0.borrow_mut()));
    let r = vm.setitem(&plain, a[1].clone(), a[2].clone());
    *list_of(&a[0]).0.borrow_mut() = std::mem::take(&mut *list_of(&plain).0.borrow_mut());
    r?;
    Ok(vm.none.clone())
}

/// `types.MethodType(func, obj)`: `func` bound to `obj`.
fn method_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() != 3 || !kw.is_empty() {
        return Err(vm.type_error(format!(
            "method expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    if !crate::builtins::is_callable(vm, &args[1]) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if args[2].is(&vm.none) {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(Value::new_object(
        &vm.t.method,
        PyMethod {
            func: args[1].clone(),
            self_: args[2].clone(),
        },
    ))
}

/// `types.MappingProxyType(d)`: a read-only view of a dict.
fn mappingproxy_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() != 2 || !kw.is_empty() {
        return Err(vm.type_error(format!(
            "mappingproxy() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let m = &args[1];
    if m.kind() != Some(Kind::Dict) {
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            vm.type_name(m)
        )));
    }
    Ok(Value::new_object(
        &vm.t.mappingproxy,
        PyWrapper {
            kind: WrapperKind::MappingProxy,
            func: m.clone(),
            dict: std::cell::RefCell::new(None),
        },
    ))
}

fn tuple_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "tuple expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let items = match args.get(1) {
        Some(it) => vm.collect(it)?,
        None => Vec::new(),
    };
    Ok(Value::new_object(&args[0], PyTuple(items.into())))
}

// ----- dict ---------------------------------------------------------------------------------------

fn dict_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = Value::new_object(&args[0], PyDict(Default::default()));
    let (pos, kws) = split_kw(args, kw);
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    if let Some(src) = pos.get(1) {
        dict_update(vm, &d, src)?;
    }
    for (k, v) in kws {
        let key = vm.str(k);
        vm.dict_set(&d, key, v.clone())?;
    }
    Ok(d)
}

fn dict_get(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "get", a, 1, 2)?;
    Ok(vm
        .dict_get(&a[0], &a[1])?
        .unwrap_or_else(|| a.get(2).cloned().unwrap_or(vm.none.clone())))
}

fn dict_setdefault(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "setdefault", a, 1, 2)?;
    if let Some(v) = vm.dict_get(&a[0], &a[1])? {
        return Ok(v);
    }
    let d = a.get(2).cloned().unwrap_or(vm.none.clone());
    vm.dict_set(&a[0], a[1].clone(), d.clone())?;
    Ok(d)
}

fn dict_pop(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "pop", a, 1, 2)?;
    match vm.dict_del(&a[0], &a[1])? {
        Some(v) => Ok(v),
        None => match a.get(2) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.key_error(a[1].clone())),
        },
    }
}

fn dict_popitem(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "dict.popitem", a, 0, 0)?;
    let d = a[0].downcast::<PyDict>().unwrap();
    // Deleted entries never trail the entry array (see `DictTable::remove_entry`).
    let last = d.0.borrow().entries.iter().rposition(|e| e.is_some());
    match last {
        Some(i) => {
            let e = d.0.borrow_mut().remove_entry(i);
            Ok(vm.tuple(vec![e.key, e.value]))
        }
        None => Err(vm.err("KeyError", "popitem(): dictionary is empty")),
    }
}

fn dict_view(vm: &mut Vm, d: &Value, kind: WrapperKind) -> Value {
    let ty = match kind {
        WrapperKind::DictKeys => vm.t.dict_keys.clone(),
        WrapperKind::DictValues => vm.t.dict_values.clone(),
        _ => vm.t.dict_items.clone(),
    };
    Value::new_object(
        &ty,
        PyWrapper {
            kind,
            func: d.clone(),
            dict: Default::default(),
        },
    )
}

fn dict_keys(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "dict.keys", a, 0, 0)?;
    Ok(dict_view(vm, &a[0], WrapperKind::DictKeys))
}

fn dict_values(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "dict.values", a, 0, 0)?;
    Ok(dict_view(vm, &a[0], WrapperKind::DictValues))
}

fn dict_items(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "dict.items", a, 0, 0)?;
    Ok(dict_view(vm, &a[0], WrapperKind::DictItems))
}

fn dict_update_m(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(a, kw);
    if let Some(src) = pos.get(1) {
        dict_update(vm, &pos[0], src)?;
    }
    for (k, v) in kws {
        let key = vm.str(k);
        vm.dict_set(&a[0], key, v.clone())?;
    }
    Ok(vm.none.clone())
}

fn dict_clear(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "dict.clear", a, 0, 0)?;
    let old = std::mem::take(&mut *a[0].downcast::<PyDict>().unwrap().0.borrow_mut());
    drop(old);
    Ok(vm.none.clone())
}

fn dict_copy(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "dict.copy", a, 0, 0)?;
    let d = vm.dict();
    dict_update(vm, &d, &a[0])?;
    Ok(d)
}

/// `dict.fromkeys(iterable, value=None)`, a classmethod: a new `cls` instance mapping each
/// key to `value`.
fn dict_fromkeys(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if !(2..=3).contains(&a.len()) {
        return Err(vm.type_error(format!(
            "fromkeys expected at least 1 argument, got {}",
            a.len().saturating_sub(1)
        )));
    }
    let cls = &a[0];
    let v = a.get(2).cloned().unwrap_or(vm.none.clone());
    if cls.is(&vm.t.dict) {
        let d = vm.dict();
        for k in vm.collect(&a[1])? {
            vm.dict_set(&d, k, v.clone())?;
        }
        return Ok(d);
    }
    let d = vm.call(cls, &[], &[])?;
    for k in vm.collect(&a[1])? {
        vm.setitem(&d, k, v.clone())?;
    }
    Ok(d)
}

/// Registers `f` as a classmethod of the builtin type `ty` (it receives the class first).
fn add_classmethod(vm: &mut Vm, ty: &Value, name: &'static str, f: crate::vm::NativeFn) {
    let func = vm.builtin_fn(name, f);
    let cm = Value::new_object(
        &vm.t.classmethod,
        PyWrapper {
            kind: WrapperKind::ClassMethod,
            func,
            dict: Default::default(),
        },
    );
    let d = ty.downcast::<PyType>().unwrap().dict.clone();
    vm.dict_set_str(&d, name, cm);
}

// ----- set ----------------------------------------------------------------------------------------

fn set_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let frozen = is_subtype(&args[0], &vm.t.frozenset);
    let s = Value::new_object(
        &args[0],
        PySet {
            table: Default::default(),
            frozen,
        },
    );
    if args.len() > 2 {
        let n = if frozen { "frozenset" } else { "set" };
        return Err(vm.type_error(format!(
            "{n} expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    if let Some(it) = args.get(1) {
        vm.set_update_from(&s, it)?;
    }
    Ok(s)
}

fn set_add(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "set.add", a, 1, 1)?;
    vm.set_add(&a[0], a[1].clone())?;
    Ok(vm.none.clone())
}

fn set_remove(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "set.remove", a, 1, 1)?;
    if !vm.set_discard(&a[0], &a[1])? {
        return Err(vm.key_error(a[1].clone()));
    }
    Ok(vm.none.clone())
}

fn set_discard(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "set.discard", a, 1, 1)?;
    vm.set_discard(&a[0], &a[1])?;
    Ok(vm.none.clone())
}

fn set_pop(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let s = a[0].downcast::<PySet>().unwrap();
    let popped = s.table.borrow_mut().pop();
    popped.ok_or_else(|| vm.err("KeyError", "pop from an empty set"))
}

fn set_clear(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "set.clear", a, 0, 0)?;
    a[0].downcast::<PySet>().unwrap().table.borrow_mut().clear();
    Ok(vm.none.clone())
}

fn set_copy(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "set.copy", a, 0, 0)?;
    let frozen = a[0].downcast::<PySet>().unwrap().frozen;
    let s = vm.set(frozen);
    let items: Vec<Value> = a[0].downcast::<PySet>().unwrap().items();
    for x in items {
        vm.set_add(&s, x)?;
    }
    Ok(s)
}

fn to_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if v.kind() == Some(Kind::Set) {
        return Ok(v.clone());
    }
    let s = vm.set(false);
    for x in vm.collect(v)? {
        vm.set_add(&s, x)?;
    }
    Ok(s)
}

fn set_binop(vm: &mut Vm, a: &[Value], op: ferrython_bytecode::BinOp) -> PyResult<Value> {
    let mut acc = set_copy(vm, &a[..1], &[])?;
    for other in &a[1..] {
        let o = to_set(vm, other)?;
        acc = crate::arith::set_op(vm, &acc, &o, op)?;
    }
    Ok(acc)
}

fn set_union(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    // A copy updated with each argument in turn (so the table, and the iteration order, is
    // the one CPython builds).
    let acc = set_copy(vm, &a[..1], &[])?;
    for other in &a[1..] {
        vm.set_update_from(&acc, other)?;
    }
    Ok(acc)
}

fn set_intersection(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    set_binop(vm, a, ferrython_bytecode::BinOp::And)
}

fn set_difference(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    set_binop(vm, a, ferrython_bytecode::BinOp::Sub)
}

fn set_symdiff(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    set_binop(vm, a, ferrython_bytecode::BinOp::Xor)
}

fn set_update(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    for other in &a[1..] {
        vm.set_update_from(&a[0], other)?;
    }
    Ok(vm.none.clone())
}

fn set_inplace(vm: &mut Vm, a: &[Value], op: ferrython_bytecode::BinOp) -> PyResult<Value> {
    let r = set_binop(vm, a, op)?;
    let items: Vec<Value> = r.downcast::<PySet>().unwrap().items();
    a[0].downcast::<PySet>().unwrap().table.borrow_mut().clear();
    for x in items {
        vm.set_add(&a[0], x)?;
    }
    Ok(vm.none.clone())
}

fn set_intersection_update(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    set_inplace(vm, a, ferrython_bytecode::BinOp::And)
}

fn set_symdiff_update(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let Some(other) = a.get(1) else {
        return Err(
            vm.type_error("set.symmetric_difference_update() takes exactly one argument (0 given)")
        );
    };
    let items = vm.collect(other)?;
    let mut seen = Vec::new();
    for x in items {
        // Each distinct item toggles membership once.
        let mut dup = false;
        for y in &seen {
            if vm.eq(y, &x)? {
                dup = true;
                break;
            }
        }
        if dup {
            continue;
        }
        seen.push(x.clone());
        if !vm.set_discard(&a[0], &x)? {
            vm.set_add(&a[0], x)?;
        }
    }
    Ok(vm.none.clone())
}

fn set_difference_update(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    set_inplace(vm, a, ferrython_bytecode::BinOp::Sub)
}

fn set_issubset(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let o = to_set(vm, &a[1])?;
    vm.compare(&a[0], &o, ferrython_bytecode::CmpOp::Le)
}

fn set_issuperset(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let o = to_set(vm, &a[1])?;
    vm.compare(&a[0], &o, ferrython_bytecode::CmpOp::Ge)
}

fn set_isdisjoint(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    for x in vm.collect(&a[1])? {
        if vm.set_contains(&a[0], &x)? {
            return Ok(vm.false_.clone());
        }
    }
    Ok(vm.true_.clone())
}

// ----- numbers ------------------------------------------------------------------------------------

/// Parses an int literal string in `base` (0 = infer from prefix), Python style.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let t = s.trim();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = t.to_ascii_lowercase();
    let (digits, base) = if base == 0 || base == 16 || base == 8 || base == 2 {
        if (base == 0 || base == 16) && lower.starts_with("0x") {
            (&t[2..], 16)
        } else if (base == 0 || base == 8) && lower.starts_with("0o") {
            (&t[2..], 8)
        } else if (base == 0 || base == 2) && lower.starts_with("0b") {
            (&t[2..], 2)
        } else if base == 0 {
            if t.len() > 1 && t.starts_with('0') && t.chars().any(|c| c != '0' && c != '_') {
                return None;
            }
            (t, 10)
        } else {
            (t, base)
        }
    } else {
        (t, base)
    };
    // An underscore may follow a base prefix (`0x_ff`), not start a plain number.
    let prefixed = digits.len() != t.len();
    let digits = if prefixed {
        digits.strip_prefix('_').unwrap_or(digits)
    } else {
        digits
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let v = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if neg { -v } else { v })
}

/// The text of a bytes or bytearray argument to `int()`/`float()`.
fn bytes_text(x: &Value) -> Option<String> {
    crate::bytes_methods::data(x).map(|b| String::from_utf8_lossy(&b).into_owned())
}

fn int_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(args, kw);
    let cls = pos[0].clone();
    let x = pos.get(1).cloned();
    let mut base = pos.get(2).cloned();
    for (k, v) in kws {
        match k {
            // In 3.12 `x` is positional-only; only `base` may be given by keyword.
            "base" => base = Some(v.clone()),
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for int()"
                )));
            }
        }
    }
    let r = match (x, base) {
        (None, None) => vm.int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), Some(b)) => {
            let b = vm.index_value(&b)?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let Some(s) = str_of(&x).map(str::to_string).or_else(|| bytes_text(&x)) else {
                return Err(vm.type_error("int() can't convert non-string with explicit base"));
            };
            match parse_int(&ascii_digits(&s), b as u32) {
                Some(v) => vm.bigint(v),
                None => {
                    let r = vm.repr_string(&x)?;
                    return Err(
                        vm.value_error(format!("invalid literal for int() with base {b}: {r}"))
                    );
                }
            }
        }
        (Some(x), None) => {
            if let Some(b) = to_bigint(&x) {
                vm.bigint(b)
            } else if let Some(f) = x.downcast::<PyFloat>() {
                if f.0.is_nan() {
                    return Err(vm.value_error("cannot convert float NaN to integer"));
                }
                if f.0.is_infinite() {
                    return Err(vm.overflow_error("cannot convert float infinity to integer"));
                }
                vm.bigint(crate::ops::big_from_f64(f.0.trunc()))
            } else if let Some(s) = str_of(&x) {
                let digits = s
                    .trim()
                    .trim_start_matches(['-', '+'])
                    .chars()
                    .filter(|&c| c != '_')
                    .count();
                crate::format::check_str_digits(vm, digits, false)?;
                match parse_int(&ascii_digits(s), 10) {
                    Some(v) => vm.bigint(v),
                    None => {
                        let r = vm.repr_string(&x)?;
                        return Err(
                            vm.value_error(format!("invalid literal for int() with base 10: {r}"))
                        );
                    }
                }
            } else if let Some(s) = bytes_text(&x) {
                match parse_int(&s, 10) {
                    Some(v) => vm.bigint(v),
                    None => {
                        let r = vm.repr_string(&x)?;
                        return Err(
                            vm.value_error(format!("invalid literal for int() with base 10: {r}"))
                        );
                    }
                }
            } else if let Some(r) = vm.call_special(&x, "__int__", &[])? {
                r
            } else if let Some(r) = vm.call_index(&x)? {
                r
            } else if let Some(r) = vm.call_special(&x, "__trunc__", &[])? {
                r
            } else {
                return Err(vm.type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    vm.type_name(&x)
                )));
            }
        }
    };
    if cls.is(&vm.t.int) {
        return Ok(r);
    }
    let b = to_bigint(&r).unwrap();
    Ok(Value::new_object(&cls, PyBigInt(b)))
}

fn bool_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args.get(1) {
        Some(v) => {
            let t = vm.truthy(v)?;
            Ok(vm.bool(t))
        }
        None => Ok(vm.false_.clone()),
    }
}

/// Parses a float literal the way `float(str)` does.
/// Code points of the digit zero of every Unicode decimal-digit run (category Nd, Unicode 15):
/// each run holds the ten digits 0-9 in order.
const DIGIT_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x11f50, 0x16a60, 0x16ac0,
    0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e950,
    0x1fbf0,
];

/// The text with every Unicode decimal digit replaced by its ASCII digit, as `int()` and
/// `float()` accept any of them.
pub fn ascii_digits(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let digit = |c: char| {
        let c = c as u32;
        let i = DIGIT_ZEROS.partition_point(|&z| z <= c);
        (i > 0 && c - DIGIT_ZEROS[i - 1] < 10)
            .then(|| char::from(b'0' + (c - DIGIT_ZEROS[i - 1]) as u8))
    };
    std::borrow::Cow::Owned(s.chars().map(|c| digit(c).unwrap_or(c)).collect())
}

pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let l = t.to_ascii_lowercase();
    let body = l.trim_start_matches(['+', '-']);
    let neg = l.starts_with('-');
    let v = match body {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            if body.is_empty()
                || body.contains("__")
                || body.starts_with('_')
                || body.ends_with('_')
            {
                return None;
            }
            if !body
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-' | '_'))
            {
                return None;
            }
            let clean: String = t.chars().filter(|c| *c != '_').collect();
            return clean.parse::<f64>().ok();
        }
    };
    Some(if neg { -v } else { v })
}

fn float_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cls = args[0].clone();
    let f = match args.get(1) {
        None => 0.0,
        Some(x) => {
            if let Some(f) = x.downcast::<PyFloat>() {
                f.0
            } else if as_int(x).is_some() {
                as_float(x).ok_or_else(|| vm.overflow_error("int too large to convert to float"))?
            } else if let Some(s) = str_of(x).map(str::to_string).or_else(|| bytes_text(x)) {
                match parse_float(&ascii_digits(&s)) {
                    Some(f) => f,
                    None => {
                        let r = vm.repr_string(x)?;
                        return Err(
                            vm.value_error(format!("could not convert string to float: {r}"))
                        );
                    }
                }
            } else if let Some(r) = vm.call_special(x, "__float__", &[])? {
                as_float(&r).unwrap_or(0.0)
            } else if let Some(r) = vm.call_index(x)? {
                as_float(&r).unwrap_or(0.0)
            } else {
                return Err(vm.type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    vm.type_name(x)
                )));
            }
        }
    };
    if cls.is(&vm.t.float) {
        return Ok(vm.float(f));
    }
    Ok(Value::new_object(&cls, PyFloat(f)))
}

/// The (real, imaginary) parts of one `complex()` argument, and whether it was complex
/// (a complex, or an object with `__complex__`).
fn complex_parts(vm: &mut Vm, v: &Value, which: &str) -> PyResult<(f64, f64, bool)> {
    if let Some(c) = v.downcast::<PyComplex>() {
        return Ok((c.re, c.im, true));
    }
    if let Some(f) = as_float(v) {
        return Ok((f, 0.0, false));
    }
    if v.kind() != Some(Kind::Str) {
        if let Some(r) = vm.call_special(v, "__complex__", &[])? {
            if let Some(c) = r.downcast::<PyComplex>() {
                return Ok((c.re, c.im, true));
            }
            return Err(vm.type_error(format!(
                "__complex__ returned non-complex (type {})",
                vm.type_name(&r)
            )));
        }
        if let Some(r) = vm.call_special(v, "__float__", &[])? {
            return Ok((as_float(&r).unwrap_or(0.0), 0.0, false));
        }
        if let Some(r) = vm.call_index(v)?
            && let Some(f) = as_float(&r)
        {
            return Ok((f, 0.0, false));
        }
    }
    Err(vm.type_error(format!("complex() {which} '{}'", vm.type_name(v))))
}

/// Parses `complex('1+2j')` forms: a real, an imaginary, or both, optionally parenthesised.
fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let t = s.trim();
    let t = t
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(t)
        .trim();
    if t.is_empty() || t.contains(char::is_whitespace) {
        return None;
    }
    let num = |x: &str| -> Option<f64> {
        match x {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => parse_float(x),
        }
    };
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return Some((parse_float(t)?, 0.0));
    };
    // Split at the last sign that is not part of an exponent.
    let bytes = body.as_bytes();
    let mut split = None;
    for i in (1..bytes.len()).rev() {
        if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
            split = Some(i);
            break;
        }
    }
    match split {
        Some(i) => Some((parse_float(&body[..i])?, num(&body[i..])?)),
        None => Some((0.0, num(body)?)),
    }
}

fn complex_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(args, kw);
    let mut real = pos.get(1).cloned();
    let mut imag = pos.get(2).cloned();
    for (k, v) in kws {
        match k {
            "real" => real = Some(v.clone()),
            "imag" => imag = Some(v.clone()),
            other => {
                return Err(vm.type_error(format!(
                    "complex() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    let cls = args[0].clone();
    let (re, im) = match (&real, &imag) {
        (None, None) => (0.0, 0.0),
        (Some(r), None) if r.kind() == Some(Kind::Str) => match parse_complex(str_of(r).unwrap()) {
            Some(p) => p,
            None => {
                return Err(vm.value_error("complex() arg is a malformed string"));
            }
        },
        (Some(r), i) => {
            if i.is_some() && r.kind() == Some(Kind::Str) {
                return Err(vm.type_error("complex() can't take second arg if first is a string"));
            }
            let (a, b, r_complex) =
                complex_parts(vm, r, "first argument must be a string or a number, not")?;
            match i {
                Some(i) => {
                    if i.kind() == Some(Kind::Str) {
                        return Err(vm.type_error("complex() second arg can't be a string"));
                    }
                    let (c, d, i_complex) =
                        complex_parts(vm, i, "second argument must be a number, not")?;
                    // (a + bj) + (c + dj)j, adding only parts that exist (keeps -0.0).
                    let re = if i_complex { a - d } else { a };
                    let im = if r_complex { c + b } else { c };
                    (re, im)
                }
                None => (a, if r_complex { b } else { 0.0 }),
            }
        }
        (None, Some(i)) => {
            let (c, d, i_complex) = complex_parts(vm, i, "second argument must be a number, not")?;
            (if i_complex { 0.0 - d } else { 0.0 }, c)
        }
    };
    let v = vm.complex(re, im);
    if cls.is(&vm.t.complex) {
        return Ok(v);
    }
    Ok(Value::new_object(&cls, PyComplex { re, im }))
}

fn float_conjugate(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "float.conjugate", a, 0, 0)?;
    let f = as_float(&a[0]).unwrap_or(0.0);
    Ok(vm.float(f))
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>` (`0x0.` for subnormals).
fn float_hex(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let f = a[0].downcast::<PyFloat>().map(|f| f.0).unwrap_or(0.0);
    let sign = if f.is_sign_negative() { "-" } else { "" };
    let s = if f.is_nan() {
        "nan".to_string()
    } else if f.is_infinite() {
        format!("{sign}inf")
    } else if f == 0.0 {
        format!("{sign}0x0.0p+0")
    } else {
        let bits = f.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let frac = bits & ((1u64 << 52) - 1);
        let (lead, e) = if exp == 0 {
            (0, -1022)
        } else {
            (1, exp - 1023)
        };
        format!("{sign}0x{lead}.{frac:013x}p{e:+}")
    };
    Ok(vm.str(s))
}

/// `float.fromhex(s)`, reached through the class (the string first) or an instance.
fn float_fromhex(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let arg = a.iter().find(|v| v.kind() == Some(Kind::Str));
    let Some(text) = arg
        .and_then(|v| str_of(v))
        .map(|s| s.trim().to_ascii_lowercase())
    else {
        return Err(vm.type_error("fromhex() argument must be str"));
    };
    let bad = |vm: &Vm| vm.value_error("invalid hexadecimal floating-point string");
    let (neg, body) = match text.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, text.strip_prefix('+').unwrap_or(&text)),
    };
    let special = match body {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(vm.float(if neg { -v } else { v }));
    }
    let body = body.strip_prefix("0x").unwrap_or(body);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m, e.parse::<i64>().map_err(|_| bad(vm))?),
        None => (body, 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(bad(vm));
    }
    let digits = format!("{int_part}{frac_part}");
    let m = if digits.is_empty() {
        BigInt::zero()
    } else {
        BigInt::parse_bytes(digits.as_bytes(), 16).ok_or_else(|| bad(vm))?
    };
    let e = exp - 4 * frac_part.len() as i64;
    let v = if m.is_zero() {
        0.0
    } else if e >= 0 {
        crate::arith::int_true_div(vm, &(m << e as usize), &BigInt::from(1))
            .map_err(|_| vm.overflow_error("hexadecimal value too large to represent as a float"))?
    } else {
        crate::arith::int_true_div(vm, &m, &(BigInt::from(1) << (-e) as usize))?
    };
    Ok(vm.float(if neg { -v } else { v }))
}

fn float_is_integer(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "float.is_integer", a, 0, 0)?;
    let f = a[0].downcast::<PyFloat>().unwrap().0;
    Ok(vm.bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "float.as_integer_ratio", a, 0, 0)?;
    let f = a[0].downcast::<PyFloat>().unwrap().0;
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if !f.is_finite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let mut num = f;
    let mut den = BigInt::from(1);
    while num.fract() != 0.0 {
        num *= 2.0;
        den *= 2;
    }
    let n = crate::ops::big_from_f64(num);
    let g = num_integer::Integer::gcd(&n, &den);
    let (n, d) = (n / &g, den / g);
    Ok(vm.tuple(vec![vm.bigint(n), vm.bigint(d)]))
}

fn int_bit_length(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "int.bit_length", a, 0, 0)?;
    let b = to_bigint(&a[0]).unwrap();
    Ok(vm.int(b.abs().bits() as i64))
}

fn int_to_bytes(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(a, kw);
    let b = to_bigint(&pos[0]).unwrap();
    let mut length = pos
        .get(1)
        .map(|v| vm.index_value(v))
        .transpose()?
        .unwrap_or(1) as usize;
    let mut order = pos.get(2).cloned();
    let mut signed = false;
    for (k, v) in kws {
        match k {
            "length" => length = vm.index_value(v)? as usize,
            "byteorder" => order = Some(v.clone()),
            "signed" => signed = vm.truthy(v)?,
            _ => {}
        }
    }
    let little = match order.as_ref().map(|o| (o, str_of(o))) {
        None | Some((_, Some("big"))) => false,
        Some((_, Some("little"))) => true,
        Some((_, Some(_))) => {
            return Err(vm.value_error("byteorder must be either 'little' or 'big'"));
        }
        Some((o, None)) => {
            return Err(vm.type_error(format!(
                "to_bytes() argument 'byteorder' must be str, not {}",
                vm.type_name(o)
            )));
        }
    };
    if b.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if b.is_zero() {
        Vec::new()
    } else if signed {
        b.to_signed_bytes_le()
    } else {
        b.to_bytes_le().1
    };
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if b.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(vm.bytes(bytes))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`, a class method: a subclass
/// gets an instance of itself.
fn int_from_bytes(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(a, kw);
    let cls = pos[0].clone();
    let pos: Vec<&Value> = pos[1..].iter().collect();
    let mut src = pos.first().map(|v| (*v).clone());
    let mut order = pos.get(1).map(|v| (*v).clone());
    let mut signed = false;
    for (k, v) in kws {
        match k {
            "bytes" => src = Some(v.clone()),
            "byteorder" => order = Some(v.clone()),
            "signed" => signed = vm.truthy(v)?,
            other => {
                return Err(vm.type_error(format!(
                    "from_bytes() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    let Some(src) = src else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let little = match &order {
        None => Some(false),
        Some(o) => match str_of(o) {
            Some("little") => Some(true),
            Some("big") => Some(false),
            Some(_) => {
                return Err(vm.value_error("byteorder must be either 'little' or 'big'"));
            }
            None => {
                return Err(vm.type_error(format!(
                    "from_bytes() argument 'byteorder' must be str, not {}",
                    vm.type_name(o)
                )));
            }
        },
    };
    if matches!(src.kind(), Some(Kind::Str)) || as_int(&src).is_some() {
        return Err(vm.type_error(format!(
            "cannot convert '{}' object to bytes",
            vm.type_name(&src)
        )));
    }
    let mut data = match bytes_from(vm, Some(&src), None) {
        Ok(d) => d,
        Err(_) => vm
            .collect(&src)?
            .iter()
            .map(|v| v.as_small_int().unwrap_or(0) as u8)
            .collect(),
    };
    if !little.unwrap_or(false) {
        data.reverse();
    }
    let n = if signed {
        num_bigint::BigInt::from_signed_bytes_le(&data)
    } else {
        num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &data)
    };
    let n = vm.bigint(n);
    if cls.is(&vm.t.int) {
        return Ok(n);
    }
    vm.call(&cls, &[n], &[])
}

fn int_as_integer_ratio(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "int.as_integer_ratio", a, 0, 0)?;
    let n = vm.bigint(to_bigint(&a[0]).unwrap());
    let one = vm.int(1);
    Ok(vm.tuple(vec![n, one]))
}

fn int_is_integer(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "int.is_integer", a, 0, 0)?;
    Ok(vm.true_.clone())
}

fn int_bit_count(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "int.bit_count", a, 0, 0)?;
    let b = to_bigint(&a[0]).unwrap();
    let ones: u64 = b
        .abs()
        .to_u64_digits()
        .1
        .iter()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(vm.int(ones as i64))
}

fn float_trunc(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let f = a[0].downcast::<PyFloat>().unwrap().0;
    if !f.is_finite() {
        return Err(if f.is_nan() {
            vm.value_error("cannot convert float NaN to integer")
        } else {
            vm.overflow_error("cannot convert float infinity to integer")
        });
    }
    Ok(vm.bigint(crate::ops::big_from_f64(f.trunc())))
}

fn complex_conjugate(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "complex.conjugate", a, 0, 0)?;
    let c = a[0].downcast::<PyComplex>().unwrap();
    Ok(vm.complex(c.re, -c.im))
}

fn int_conjugate(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(a[0].clone())
}

// ----- object / type ------------------------------------------------------------------------------

/// `object.__reduce_ex__(protocol)`: a class's own `__reduce__` if it has one, else the
/// default reduction (written in Python, in `lib/pickle.py`).
fn object_reduce_ex(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let Some(obj) = a.first() else {
        return Err(
            vm.type_error("descriptor '__reduce_ex__' of 'object' object needs an argument")
        );
    };
    let Some(proto) = a.get(1) else {
        return Err(vm.type_error("object.__reduce_ex__() takes exactly one argument (0 given)"));
    };
    let ty = vm.type_of(obj);
    let name = vm.intern("__reduce__");
    if let Some(f) = crate::ops::type_lookup(&ty, &name)
        && f.kind() != Some(Kind::Builtin)
    {
        return vm.call(&f, std::slice::from_ref(obj), &[]);
    }
    let pickle = crate::import::import_absolute(vm, "pickle")?;
    let f = vm.getattr_str(&pickle, "_fallback_reduction")?;
    vm.call(&f, &[obj.clone(), proto.clone()], &[])
}

/// `object.__reduce__()`: the protocol-0 reduction.
fn object_reduce(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let Some(obj) = a.first() else {
        return Err(vm.type_error("descriptor '__reduce__' of 'object' object needs an argument"));
    };
    let pickle = crate::import::import_absolute(vm, "pickle")?;
    let f = vm.getattr_str(&pickle, "_fallback_reduction")?;
    let zero = vm.int(0);
    vm.call(&f, &[obj.clone(), zero], &[])
}

fn object_repr(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let s = vm.default_repr(&a[0]);
    Ok(vm.str(s))
}

fn object_str(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    vm.repr(&a[0])
}

fn object_eq(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(if a[0].is(&a[1]) {
        vm.true_.clone()
    } else {
        vm.not_implemented.clone()
    })
}

/// `object.__lt__` and the other orderings: objects are not ordered by default.
fn object_order(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "__lt__", a, 1, 1)?;
    Ok(vm.not_implemented.clone())
}

/// `type.__repr__`: `<class 'module.Name'>` (what a metaclass's `super().__repr__()` gets).
fn type_repr(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "__repr__", a, 0, 0)?;
    if a[0].kind() != Some(Kind::Type) {
        return Err(vm.type_error(format!(
            "descriptor '__repr__' requires a 'type' object but received a '{}'",
            vm.type_name(&a[0])
        )));
    }
    let s = vm.builtin_repr(&a[0])?;
    Ok(vm.str(s))
}

/// `object.__ne__`: the inverse of the object's own `__eq__` (not the whole `==` protocol),
/// NotImplemented when that is.
fn object_ne(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(format!("expected 1 argument, got {}", a.len().max(1) - 1)));
    }
    let ty = vm.type_of(&a[0]);
    let eq = vm.intern("__eq__");
    let r = match crate::ops::type_lookup(&ty, &eq) {
        Some(f) => vm.call_slot(&f, &a[0], &ty, &a[1..2], &[])?,
        None => vm.compare(&a[0], &a[1], ferrython_bytecode::CmpOp::Eq)?,
    };
    if r.is(&vm.not_implemented) {
        return Ok(r);
    }
    let t = vm.truthy(&r)?;
    Ok(vm.bool(!t))
}

fn object_hash(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(vm.int((a[0].id() >> 4) as i64))
}

fn object_setattr(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    vm.generic_setattr(&a[0], &a[1], Some(a[2].clone()))?;
    Ok(vm.none.clone())
}

fn object_delattr(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    vm.generic_setattr(&a[0], &a[1], None)?;
    Ok(vm.none.clone())
}

fn object_getattribute(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let ty = vm.type_of(&a[0]);
    match vm.generic_getattr(&a[0], &ty, &a[1])? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&a[0], &a[1])),
    }
}

fn object_format(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let spec = a.get(1).and_then(|s| str_of(s)).unwrap_or("");
    if !spec.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&a[0])
        )));
    }
    vm.to_str(&a[0])
}

/// `int.__format__`, `float.__format__` and `complex.__format__`: the builtin formatting,
/// also when a subclass that overrides `__format__` delegates to it.
fn number_format(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let [v, spec] = a else {
        return Err(vm.type_error(format!(
            "__format__() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    };
    let Some(spec) = str_of(spec) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(spec)
        )));
    };
    let s = vm.format_builtin(v, spec)?;
    Ok(vm.str(s))
}

fn object_init_subclass(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult<Value> {
    if !k.is_empty() {
        let name = match a.first().and_then(|c| c.downcast::<PyType>()) {
            Some(t) => t.name.borrow().to_string(),
            None => "object".to_string(),
        };
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(vm.none.clone())
}

fn object_dir(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let f = vm.dict_get_name(&vm.builtins.clone(), "dir").unwrap();
    vm.call(&f, &a[..1], k)
}

fn type_mro(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let m = a[0].downcast::<PyType>().unwrap().mro.borrow().clone();
    Ok(vm.list(m))
}

fn type_subclasses(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let subs = match a.first().and_then(|t| t.downcast::<PyType>()) {
        Some(t) => t.subclasses.borrow().clone(),
        None => Vec::new(),
    };
    Ok(vm.list(subs))
}

fn type_call(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult<Value> {
    crate::builtins::type_call_default(vm, &a[0], &a[1..], k)
}

fn type_new_m(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let n = vm.t.type_.downcast::<PyType>().unwrap().new.get().unwrap();
    n(vm, a, k)
}

fn type_prepare(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(vm.dict())
}

fn type_instancecheck(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(vm.bool(is_subtype(&vm.type_of(&a[1]), &a[0])))
}

fn type_subclasscheck(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(vm.bool(is_subtype(&a[1], &a[0])))
}

// ----- property / classmethod / staticmethod / super ----------------------------------------------

fn property_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(args, kw);
    let mut slots: [Option<Value>; 4] = [None, None, None, None];
    for (i, v) in pos[1..].iter().enumerate().take(4) {
        if !v.is(&vm.none) {
            slots[i] = Some(v.clone());
        }
    }
    for (k, v) in kws {
        let i = match k {
            "fget" => 0,
            "fset" => 1,
            "fdel" => 2,
            "doc" => 3,
            _ => continue,
        };
        if !v.is(&vm.none) {
            slots[i] = Some(v.clone());
        }
    }
    let [fget, fset, fdel, doc] = slots;
    Ok(Value::new_object(
        &pos[0],
        PyProperty {
            fget,
            fset,
            fdel,
            doc,
        },
    ))
}

fn property_with(vm: &mut Vm, a: &[Value], which: usize) -> PyResult<Value> {
    let p = a[0].downcast::<PyProperty>().unwrap();
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    parts[which] = Some(a[1].clone());
    let [fget, fset, fdel] = parts;
    let ty = vm.type_of(&a[0]);
    Ok(Value::new_object(
        &ty,
        PyProperty {
            fget,
            fset,
            fdel,
            doc: p.doc.clone(),
        },
    ))
}

fn property_getter(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    property_with(vm, a, 0)
}

fn property_setter(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    property_with(vm, a, 1)
}

fn property_deleter(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    property_with(vm, a, 2)
}

fn property_get(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if a.len() < 2 || a[1].is(&vm.none) {
        return Ok(a[0].clone());
    }
    let p = a[0].downcast::<PyProperty>().unwrap();
    match &p.fget {
        Some(g) => {
            let g = g.clone();
            vm.call(&g, &a[1..2], &[])
        }
        None => Err(vm.attribute_error("property has no getter")),
    }
}

fn wrapper_new(vm: &mut Vm, args: &[Value], kind: WrapperKind) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "{} expected 1 argument, got {}",
            if kind == WrapperKind::ClassMethod {
                "classmethod"
            } else {
                "staticmethod"
            },
            args.len() - 1
        )));
    }
    Ok(Value::new_object(
        &args[0],
        PyWrapper {
            kind,
            func: args[1].clone(),
            dict: Default::default(),
        },
    ))
}

fn classmethod_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    wrapper_new(vm, args, WrapperKind::ClassMethod)
}

fn staticmethod_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    wrapper_new(vm, args, WrapperKind::StaticMethod)
}

fn wrapper_get(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let w = a[0].downcast::<PyWrapper>().unwrap();
    match w.kind {
        WrapperKind::StaticMethod => Ok(w.func.clone()),
        _ => {
            let owner = match a.get(2) {
                Some(o) if !o.is(&vm.none) => o.clone(),
                _ => vm.type_of(&a[1]),
            };
            Ok(Value::new_object(
                &vm.t.method,
                PyMethod {
                    func: w.func.clone(),
                    self_: owner,
                },
            ))
        }
    }
}

fn super_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (ty, obj) = if args.len() >= 2 {
        (args[1].clone(), args.get(2).cloned())
    } else {
        // Zero-argument form: the calling frame's `__class__` cell and first argument.
        let Some(f) = vm.frames.last() else {
            return Err(vm.err("RuntimeError", "super(): no current frame"));
        };
        let code = f.code.clone();
        let base = f.base;
        if code.bc.argcount == 0 {
            return Err(vm.err("RuntimeError", "super(): no arguments"));
        }
        let first = vm.stack[base].clone();
        let first = if first.is_null() {
            // The first argument may live in a cell.
            let nv = code.bc.varnames.len();
            code.bc
                .cell_args
                .iter()
                .position(|a| *a == Some(0))
                .and_then(|i| {
                    vm.stack[base + nv + i]
                        .downcast::<PyCell>()
                        .and_then(|c| c.0.borrow().clone())
                })
        } else {
            Some(first)
        };
        let Some(first) = first else {
            return Err(vm.err("RuntimeError", "super(): arg[0] deleted"));
        };
        let pos = code.bc.freevars.iter().position(|n| &**n == "__class__");
        let Some(pos) = pos else {
            return Err(vm.err("RuntimeError", "super(): __class__ cell not found"));
        };
        let slot = base + code.bc.varnames.len() + code.bc.cellvars.len() + pos;
        let cls = vm.stack[slot]
            .downcast::<PyCell>()
            .and_then(|c| c.0.borrow().clone());
        let Some(cls) = cls else {
            return Err(vm.err("RuntimeError", "super(): empty __class__ cell"));
        };
        (cls, Some(first))
    };
    if ty.kind() != Some(Kind::Type) {
        return Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(&ty)
        )));
    }
    let obj_type = match &obj {
        Some(o) if o.kind() == Some(Kind::Type) && is_subtype(o, &ty) => Some(o.clone()),
        Some(o) => {
            let ot = vm.type_of(o);
            if !is_subtype(&ot, &ty) {
                return Err(
                    vm.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            }
            Some(ot)
        }
        None => None,
    };
    Ok(Value::new_object(
        &vm.t.super_,
        PySuper { ty, obj, obj_type },
    ))
}

/// Attribute lookup through a `super` object.
pub fn super_getattr(vm: &mut Vm, s: &PySuper, name: &Value) -> PyResult<Option<Value>> {
    let Some(start) = &s.obj_type else {
        return Ok(None);
    };
    let mro = start.downcast::<PyType>().unwrap().mro.borrow().clone();
    let pos = mro
        .iter()
        .position(|m| m.is(&s.ty))
        .map(|p| p + 1)
        .unwrap_or(mro.len());
    for m in &mro[pos..] {
        let d = m.downcast::<PyType>().unwrap().dict.clone();
        if let Some(v) = vm.dict_get_str(&d, name) {
            let obj = s.obj.clone().unwrap();
            // Class mode (`super(C, cls)` with cls a subclass of C): no binding to instances.
            if obj.kind() == Some(Kind::Type) && is_subtype(&obj, &s.ty) {
                return Ok(Some(match v.downcast::<PyWrapper>() {
                    Some(w) if w.kind == WrapperKind::ClassMethod => Value::new_object(
                        &vm.t.method,
                        PyMethod {
                            func: w.func.clone(),
                            self_: obj,
                        },
                    ),
                    Some(w) if w.kind == WrapperKind::StaticMethod => w.func.clone(),
                    _ => v,
                }));
            }
            let ot = s.obj_type.clone().unwrap();
            if let Some(p) = v.downcast::<PyProperty>()
                && let Some(g) = p.fget.clone()
            {
                return Ok(Some(vm.call(&g, &[obj], &[])?));
            }
            return Ok(Some(vm.bind(v, &obj, &ot)?));
        }
    }
    Ok(None)
}

// ----- exceptions ----------------------------------------------------------------------------------

fn is_os_error_class(vm: &Vm, cls: &Value) -> bool {
    is_subtype(cls, &vm.exc_type("OSError"))
}

fn exc_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, _) = split_kw(args, kw);
    if is_os_error_class(vm, &pos[0]) {
        let rest: Vec<Value> = pos[1..].to_vec();
        return crate::oserror::new(vm, &pos[0], &rest);
    }
    let e = vm.new_exception(&pos[0], pos[1..].to_vec());
    if is_subtype(&pos[0], &vm.exc_type("SyntaxError")) {
        syntax_error_fields(vm, &e, &pos[1..])?;
    }
    unicode_error_check(vm, &pos[0], &pos[1..])?;
    // Keywords go to `__init__`: the builtin one takes them here (it is not called again).
    let init = vm.names.init.clone();
    if crate::ops::type_lookup(&pos[0], &init).is_none_or(|f| f.kind() == Some(Kind::Builtin)) {
        exc_keywords(vm, &e, args, kw)?;
    }
    Ok(e)
}

/// The keyword arguments of the builtin exception initializers: `name`, `path` and
/// `name_from` for ImportError, `name` and `obj` for AttributeError, `name` for NameError,
/// none for the others. Also sets ImportError's `msg`.
fn exc_keywords(vm: &mut Vm, e: &Value, args: &[Value], kw: &[Value]) -> PyResult<()> {
    let ty = vm.type_of(e);
    let tname = vm.type_name(e);
    let (pos, kws) = split_kw(args, kw);
    let import_error = is_subtype(&ty, &vm.exc_type("ImportError"));
    let allowed: &[&str] = if import_error {
        &["name", "path", "name_from"]
    } else if is_subtype(&ty, &vm.exc_type("AttributeError")) {
        &["name", "obj"]
    } else if is_subtype(&ty, &vm.exc_type("NameError")) {
        &["name"]
    } else {
        &[]
    };
    if allowed.is_empty() {
        if !kws.is_empty() {
            return Err(vm.type_error(format!("{tname}() takes no keyword arguments")));
        }
        return Ok(());
    }
    let mut given: Vec<(&str, Value)> = Vec::new();
    for (k, v) in kws {
        if !allowed.contains(&k) {
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for {tname}()"
            )));
        }
        given.push((k, v.clone()));
    }
    let none = vm.none.clone();
    let find = |name: &str| {
        given
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.clone())
    };
    if import_error {
        // ImportError keeps them (and `msg`) as instance attributes.
        let d = vm.instance_dict(e);
        let msg = if pos.len() == 2 {
            pos[1].clone()
        } else {
            none.clone()
        };
        vm.dict_set_str(&d, "msg", msg);
        for k in allowed {
            let v = find(k).unwrap_or_else(|| none.clone());
            vm.dict_set_str(&d, k, v);
        }
    } else if !given.is_empty() {
        let x = e.downcast::<PyException>().unwrap();
        let name = find("name").unwrap_or_else(|| none.clone());
        *x.detail.borrow_mut() = Some((name, find("obj")));
    }
    Ok(())
}

/// The Unicode*Error constructors take exactly (encoding, object, start, end, reason), without
/// the encoding for UnicodeTranslateError, and check their types.
fn unicode_error_check(vm: &mut Vm, cls: &Value, args: &[Value]) -> PyResult<()> {
    let kind = [
        "UnicodeEncodeError",
        "UnicodeDecodeError",
        "UnicodeTranslateError",
    ]
    .into_iter()
    .find(|k| is_subtype(cls, &vm.exc_type(k)));
    let Some(kind) = kind else { return Ok(()) };
    let want = if kind == "UnicodeTranslateError" {
        4
    } else {
        5
    };
    if args.len() != want {
        return Err(vm.type_error(format!(
            "function takes exactly {want} arguments ({} given)",
            args.len()
        )));
    }
    let skip = 5 - want;
    for (i, a) in args.iter().enumerate() {
        let n = i + skip;
        let ok = match n {
            0 | 4 => a.kind() == Some(Kind::Str),
            1 if kind == "UnicodeDecodeError" => {
                matches!(a.kind(), Some(Kind::Bytes | Kind::ByteArray))
            }
            1 => a.kind() == Some(Kind::Str),
            _ => a.as_small_int().is_some() || a.kind() == Some(Kind::BigInt),
        };
        if !ok {
            let got = vm.type_name(a);
            return Err(vm.type_error(match n {
                1 if kind == "UnicodeDecodeError" => {
                    format!("a bytes-like object is required, not '{got}'")
                }
                0 | 1 | 4 => format!("argument {} must be str, not {got}", i + 1),
                _ => format!("'{got}' object cannot be interpreted as an integer"),
            }));
        }
    }
    Ok(())
}

fn exc_init(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, _) = split_kw(args, kw);
    if let Some(e) = pos[0].downcast::<PyException>() {
        // OSError(errno, strerror, filename, ...) keeps only (errno, strerror) as args.
        let ty = vm.type_of(&pos[0]);
        let n = if is_os_error_class(vm, &ty)
            && (3..=6).contains(&pos.len())
            && pos[1].as_small_int().is_some()
        {
            3
        } else {
            pos.len()
        };
        *e.args.borrow_mut() = vm.tuple(pos[1..n].to_vec());
        if is_subtype(&ty, &vm.exc_type("SyntaxError")) {
            syntax_error_fields(vm, &pos[0], &pos[1..])?;
        }
        exc_keywords(vm, &pos[0], args, kw)?;
    }
    Ok(vm.none.clone())
}

/// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])) sets those
/// attributes; missing ones are None.
fn syntax_error_fields(vm: &mut Vm, exc: &Value, args: &[Value]) -> PyResult<()> {
    let none = vm.none.clone();
    let mut fields: Vec<Value> = vec![none.clone(); 6];
    if args.len() == 2 {
        let details = vm.collect(&args[1])?;
        if !(4..=6).contains(&details.len()) {
            return Err(vm.index_error("tuple index out of range"));
        }
        for (slot, v) in fields.iter_mut().zip(details) {
            *slot = v;
        }
    }
    let d = vm.instance_dict(exc);
    let msg = args.first().cloned().unwrap_or_else(|| none.clone());
    vm.dict_set_str(&d, "msg", msg);
    let names = [
        "filename",
        "lineno",
        "offset",
        "text",
        "end_lineno",
        "end_offset",
    ];
    for (name, v) in names.into_iter().zip(fields) {
        vm.dict_set_str(&d, name, v);
    }
    vm.dict_set_str(&d, "print_file_and_line", none);
    Ok(())
}

fn exc_with_traceback(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if let Some(e) = a[0].downcast::<PyException>() {
        *e.traceback.borrow_mut() = if a[1].is(&vm.none) {
            None
        } else {
            Some(a[1].clone())
        };
    }
    Ok(a[0].clone())
}

fn exc_add_note(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "add_note", a, 1, 1)?;
    if a[1].kind() != Some(Kind::Str) {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(&a[1]))));
    }
    let d = vm.instance_dict(&a[0]);
    let key = vm.intern("__notes__");
    let notes = match vm.dict_get(&d, &key)? {
        Some(n) => n,
        None => {
            let l = vm.list(vec![]);
            vm.dict_set(&d, key, l.clone())?;
            l
        }
    };
    match notes.downcast::<PyList>() {
        Some(l) => l.0.borrow_mut().push(a[1].clone()),
        None => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(vm.none.clone())
}

fn exc_str(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if let Some(s) = crate::oserror::text(vm, &a[0])? {
        return Ok(vm.str(s));
    }
    let e = a[0].downcast::<PyException>().unwrap();
    let args = e.args.borrow().clone();
    let items = args
        .downcast::<PyTuple>()
        .map(|t| t.0.to_vec())
        .unwrap_or_default();
    let s = match items.len() {
        0 => String::new(),
        1 => vm.str_string(&items[0])?,
        _ => vm.repr_string(&args)?,
    };
    Ok(vm.str(s))
}

/// `KeyError.__str__`: a single argument (the key) is shown as its repr.
fn key_error_str(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let e = a[0].downcast::<PyException>().unwrap();
    let args = e.args.borrow().clone();
    if let Some(t) = args.downcast::<PyTuple>()
        && t.0.len() == 1
    {
        let r = vm.repr_string(&t.0[0])?;
        return Ok(vm.str(r));
    }
    exc_str(vm, a, k)
}

fn exc_repr(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let e = a[0].downcast::<PyException>().unwrap();
    let args = e.args.borrow().clone();
    let items = args
        .downcast::<PyTuple>()
        .map(|t| t.0.to_vec())
        .unwrap_or_default();
    let mut parts = Vec::new();
    for it in &items {
        parts.push(vm.repr_string(it)?);
    }
    let name = vm.type_name(&a[0]);
    Ok(vm.str(format!("{name}({})", parts.join(", "))))
}

// ----- generators, functions ----------------------------------------------------------------------

fn gen_iter(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(a[0].clone())
}

fn gen_next_m(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if a[0].kind() == Some(Kind::Generator) {
        let none = vm.none.clone();
        return match crate::generator::resume(vm, &a[0], none, None)? {
            Ok(v) => Ok(v),
            Err(r) => Err(vm.stop_iteration(if r.is(&vm.none) { None } else { Some(r) })),
        };
    }
    match vm.next(&a[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(None)),
    }
}

fn func_get(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if a.len() < 2 || a[1].is(&vm.none) {
        return Ok(a[0].clone());
    }
    Ok(Value::new_object(
        &vm.t.method,
        PyMethod {
            func: a[0].clone(),
            self_: a[1].clone(),
        },
    ))
}

fn iter_iter(_vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(a[0].clone())
}

/// `keys_view OP other` (or reflected): the view taken as a set; `other` may be any
/// iterable.
fn view_setop(vm: &mut Vm, a: &[Value], op: BinOp, reflected: bool) -> PyResult<Value> {
    argc(vm, op.dunders().0, a, 1, 1)?;
    let set_ty = vm.t.set.clone();
    let other = vm.call(&set_ty, &a[1..2], &[])?;
    let this = vm.call(&set_ty, &a[..1], &[])?;
    let (x, y) = if reflected {
        (other, this)
    } else {
        (this, other)
    };
    crate::arith::set_op(vm, &x, &y, op)
}

/// Comparison (`==`, `<=`, ...) of a keys or items view with a set, frozenset or another
/// set-like view: as the sets of their items.
pub fn view_compare(vm: &mut Vm, a: &[Value], op: ferrython_bytecode::CmpOp) -> PyResult<Value> {
    argc(vm, "__eq__", a, 1, 1)?;
    let set_like = |v: &Value| {
        v.downcast::<PyWrapper>()
            .is_some_and(|w| matches!(w.kind, WrapperKind::DictKeys | WrapperKind::DictItems))
    };
    if !set_like(&a[0]) || !(a[1].kind() == Some(Kind::Set) || set_like(&a[1])) {
        return Ok(vm.not_implemented.clone());
    }
    let set_ty = vm.t.set.clone();
    let x = vm.call(&set_ty, &a[..1], &[])?;
    let y = vm.call(&set_ty, &a[1..2], &[])?;
    vm.compare(&x, &y, op)
}

fn view_isdisjoint(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "isdisjoint", a, 1, 1)?;
    for x in vm.collect(&a[1])? {
        let args = [a[0].clone(), x];
        let hit = view_contains(vm, &args, &[])?;
        if vm.truthy(&hit)? {
            return Ok(vm.false_.clone());
        }
    }
    Ok(vm.true_.clone())
}

fn view_contains(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let w = a[0].downcast::<PyWrapper>().unwrap();
    let d = w.func.clone();
    let r = match w.kind {
        WrapperKind::DictKeys => vm.dict_get(&d, &a[1])?.is_some(),
        WrapperKind::DictValues => {
            let vals: Vec<Value> = d
                .downcast::<PyDict>()
                .unwrap()
                .0
                .borrow()
                .iter()
                .map(|e| e.value.clone())
                .collect();
            let mut found = false;
            for v in vals {
                if vm.eq(&v, &a[1])? {
                    found = true;
                    break;
                }
            }
            found
        }
        _ => {
            let kv = vm.collect(&a[1])?;
            if kv.len() != 2 {
                false
            } else {
                match vm.dict_get(&d, &kv[0])? {
                    Some(v) => vm.eq(&v, &kv[1])?,
                    None => false,
                }
            }
        }
    };
    Ok(vm.bool(r))
}

fn slice_indices_m(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let s = a[0].downcast::<PySlice>().unwrap();
    let n = vm.index_value(&a[1])?;
    let (start, stop, step, _) = crate::builtins::slice_indices(vm, s, n.max(0) as usize)?;
    Ok(vm.tuple(vec![
        vm.int(start as i64),
        vm.int(stop as i64),
        vm.int(step as i64),
    ]))
}

fn range_index(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let items = vm.collect(&a[0])?;
    match find_in(vm, &items, &a[1])? {
        Some(i) => Ok(vm.int(i as i64)),
        None => {
            let r = vm.repr_string(&a[1])?;
            Err(vm.value_error(format!("{r} is not in range")))
        }
    }
}

fn contains_via_iter(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if let Some(r) = a[0].downcast::<PyRange>()
        && let Some(x) = to_bigint(&a[1])
        && a[1].kind() != Some(Kind::Float)
    {
        let (s, e, st) = (
            to_bigint(&r.start).unwrap(),
            to_bigint(&r.stop).unwrap(),
            to_bigint(&r.step).unwrap(),
        );
        let inside = if st.is_positive() {
            x >= s && x < e
        } else {
            x <= s && x > e
        };
        let ok = inside && num_integer::Integer::mod_floor(&(&x - &s), &st).is_zero();
        return Ok(vm.bool(ok));
    }
    let items = vm.collect(&a[0])?;
    let found = find_in(vm, &items, &a[1])?.is_some();
    Ok(vm.bool(found))
}

// ----- special attributes -------------------------------------------------------------------------

impl Vm {
    /// Attributes computed from the payload rather than stored in a dict.
    pub fn special_attr(&mut self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        let Some(n) = str_of(name) else {
            return Ok(None);
        };
        if n == "__class__" {
            return Ok(Some(self.type_of(obj)));
        }
        if let Some(s) = obj.downcast::<PySuper>() {
            return super_getattr(self, s, name);
        }
        match obj.kind() {
            Some(Kind::Type) => {
                let t = obj.downcast::<PyType>().unwrap();
                return Ok(match n {
                    "__name__" => Some(self.str(&**t.name.borrow())),
                    "__qualname__" => Some(self.str(&**t.qualname.borrow())),
                    "__mro__" => Some(self.tuple(t.mro.borrow().clone())),
                    "__bases__" => Some(self.tuple(t.bases.borrow().clone())),
                    "__base__" => Some(
                        t.bases
                            .borrow()
                            .first()
                            .cloned()
                            .unwrap_or(self.none.clone()),
                    ),
                    "__dict__" => Some(Value::new_object(
                        &self.t.mappingproxy,
                        PyWrapper {
                            kind: WrapperKind::MappingProxy,
                            func: t.dict.clone(),
                            dict: Default::default(),
                        },
                    )),
                    "__module__" if !t.heap => Some(self.str("builtins")),
                    "__doc__" => Some(self.none.clone()),
                    _ => None,
                });
            }
            Some(Kind::Function) => {
                let f = obj.downcast::<PyFunction>().unwrap();
                return Ok(match n {
                    "__name__" => Some(f.name.borrow().clone()),
                    "__qualname__" => Some(f.qualname.borrow().clone()),
                    "__doc__" => Some(f.doc.borrow().clone()),
                    "__module__" => Some(f.module.borrow().clone()),
                    "__defaults__" => {
                        Some(f.defaults.borrow().clone().unwrap_or(self.none.clone()))
                    }
                    "__kwdefaults__" => {
                        Some(f.kwdefaults.borrow().clone().unwrap_or(self.none.clone()))
                    }
                    "__globals__" => Some(f.globals.clone()),
                    "__closure__" => Some(f.closure.clone().unwrap_or(self.none.clone())),
                    "__code__" => Some(Value::new_object(&self.t.code, PyCode(f.code.clone()))),
                    "__annotations__" => {
                        let a = f.annotations.borrow().clone();
                        Some(match a {
                            Some(a) => a,
                            None => {
                                let d = self.dict();
                                *f.annotations.borrow_mut() = Some(d.clone());
                                d
                            }
                        })
                    }
                    "__dict__" => Some(self.instance_dict(obj)),
                    _ => None,
                });
            }
            Some(Kind::Method) => {
                let m = obj.downcast::<PyMethod>().unwrap();
                return Ok(match n {
                    "__self__" => Some(m.self_.clone()),
                    "__func__" => Some(m.func.clone()),
                    // A bound method reduces as itself (getattr(self, name)), not as its function.
                    "__reduce_ex__" | "__reduce__" => None,
                    _ => {
                        let f = m.func.clone();
                        self.getattr(&f, name).ok()
                    }
                });
            }
            Some(Kind::Builtin) => {
                let b = obj.downcast::<PyBuiltin>().unwrap();
                return Ok(match n {
                    "__name__" => Some(self.str(b.name)),
                    "__qualname__" => Some(self.str(match b.owner {
                        Some(o) => format!("{o}.{}", b.name),
                        None => b.name.to_string(),
                    })),
                    "__self__" => Some(b.self_.clone().unwrap_or(self.none.clone())),
                    "__doc__" => Some(self.none.clone()),
                    "__module__" => Some(self.str("builtins")),
                    _ => None,
                });
            }
            Some(Kind::Exception)
                if matches!(n, "name" | "obj")
                    && (self.exc_matches(&crate::vm::PyErr(obj.clone()), "NameError")
                        || self.exc_matches(&crate::vm::PyErr(obj.clone()), "AttributeError")) =>
            {
                let e = obj.downcast::<PyException>().unwrap();
                let d = e.detail.borrow().clone();
                return Ok(Some(match (n, d) {
                    ("name", Some((name, _))) => name,
                    ("obj", Some((_, Some(o)))) => o,
                    _ => self.none.clone(),
                }));
            }
            Some(Kind::Exception) => {
                let e = obj.downcast::<PyException>().unwrap();
                return Ok(match n {
                    "args" => Some(e.args.borrow().clone()),
                    "__traceback__" => {
                        Some(e.traceback.borrow().clone().unwrap_or(self.none.clone()))
                    }
                    "__cause__" => Some(e.cause.borrow().clone().unwrap_or(self.none.clone())),
                    "__context__" => Some(e.context.borrow().clone().unwrap_or(self.none.clone())),
                    "__suppress_context__" => Some(self.bool(e.suppress_context.get())),
                    "__dict__" => Some(self.instance_dict(obj)),
                    "value"
                        if self.exc_matches(&crate::vm::PyErr(obj.clone()), "StopIteration") =>
                    {
                        Some(crate::generator::stop_value(
                            self,
                            &crate::vm::PyErr(obj.clone()),
                        ))
                    }
                    "code" if self.exc_matches(&crate::vm::PyErr(obj.clone()), "SystemExit") => {
                        let a = e.args.borrow().clone();
                        let items = a.downcast::<PyTuple>().unwrap().0.to_vec();
                        Some(match items.len() {
                            0 => self.none.clone(),
                            1 => items[0].clone(),
                            _ => a,
                        })
                    }
                    // Set by the constructor when given; None otherwise.
                    "errno" | "strerror" | "filename" | "filename2"
                        if self.exc_matches(&crate::vm::PyErr(obj.clone()), "OSError") =>
                    {
                        Some(self.none.clone())
                    }
                    "msg" | "filename" | "lineno" | "offset" | "text" | "end_lineno"
                    | "end_offset" => None,
                    "name" | "path" => Some(self.none.clone()),
                    "encoding" | "object" | "start" | "end" | "reason" => {
                        crate::strings::unicode_error_attr(self, obj, n)
                    }
                    _ => None,
                });
            }
            Some(Kind::Module) => {
                if n == "__dict__" {
                    return Ok(Some(obj.downcast::<PyModule>().unwrap().dict.clone()));
                }
                let d = obj.downcast::<PyModule>().unwrap().dict.clone();
                let found = self.dict_get_str(&d, name);
                if found.is_none() && n == "__spec__" {
                    return crate::import::module_spec(self, obj).map(Some);
                }
                return Ok(found);
            }
            Some(Kind::Property) => {
                let p = obj.downcast::<PyProperty>().unwrap();
                return Ok(match n {
                    "fget" => Some(p.fget.clone().unwrap_or(self.none.clone())),
                    "fset" => Some(p.fset.clone().unwrap_or(self.none.clone())),
                    "fdel" => Some(p.fdel.clone().unwrap_or(self.none.clone())),
                    "__doc__" => Some(match (&p.doc, &p.fget) {
                        (Some(d), _) => d.clone(),
                        (None, Some(g)) => {
                            let g = g.clone();
                            self.getattr_str(&g, "__doc__").unwrap_or(self.none.clone())
                        }
                        _ => self.none.clone(),
                    }),
                    "__isabstractmethod__" if !self.class_defines(obj, name) => {
                        // Abstract when any of its functions is.
                        let mut any = false;
                        for f in [&p.fget, &p.fset, &p.fdel].into_iter().flatten() {
                            let f = f.clone();
                            any |= self.is_abstract(&f)?;
                        }
                        Some(self.bool(any))
                    }
                    _ => None,
                });
            }
            Some(Kind::Wrapper) if crate::slots::member(obj).is_some() => {
                return Ok(crate::slots::attr(self, obj, n));
            }
            Some(Kind::Wrapper) => {
                let w = obj.downcast::<PyWrapper>().unwrap();
                if n == "__func__" || n == "__wrapped__" {
                    return Ok(Some(w.func.clone()));
                }
                if n == "mapping"
                    && matches!(
                        w.kind,
                        WrapperKind::DictKeys | WrapperKind::DictValues | WrapperKind::DictItems
                    )
                {
                    // A dict view's read-only window on its dict.
                    return Ok(Some(Value::new_object(
                        &self.t.mappingproxy,
                        PyWrapper {
                            kind: WrapperKind::MappingProxy,
                            func: w.func.clone(),
                            dict: std::cell::RefCell::new(None),
                        },
                    )));
                }
                if n == "__isabstractmethod__"
                    && matches!(w.kind, WrapperKind::ClassMethod | WrapperKind::StaticMethod)
                    && !self.class_defines(obj, name)
                {
                    let f = w.func.clone();
                    let r = self.is_abstract(&f)?;
                    return Ok(Some(self.bool(r)));
                }
            }
            Some(Kind::Range) | Some(Kind::Slice) => {
                let (start, stop, step) = match obj.downcast::<PyRange>() {
                    Some(r) => (&r.start, &r.stop, &r.step),
                    None => {
                        let sl = obj.downcast::<PySlice>().unwrap();
                        (&sl.start, &sl.stop, &sl.step)
                    }
                };
                return Ok(match n {
                    "start" => Some(start.clone()),
                    "stop" => Some(stop.clone()),
                    "step" => Some(step.clone()),
                    _ => None,
                });
            }
            Some(Kind::Complex) => {
                let c = obj.downcast::<PyComplex>().unwrap();
                return Ok(match n {
                    "real" => Some(self.float(c.re)),
                    "imag" => Some(self.float(c.im)),
                    _ => None,
                });
            }
            Some(Kind::Float) => {
                let f = obj.downcast::<PyFloat>().unwrap().0;
                return Ok(match n {
                    "real" => Some(self.float(f)),
                    "imag" => Some(self.float(0.0)),
                    _ => None,
                });
            }
            Some(Kind::Cell) if n == "cell_contents" => {
                let c = obj.downcast::<PyCell>().unwrap().0.borrow().clone();
                return match c {
                    Some(v) => Ok(Some(v)),
                    None => Err(self.value_error("Cell is empty")),
                };
            }
            Some(Kind::Code) => {
                let c = obj.downcast::<PyCode>().unwrap().0.clone();
                return Ok(match n {
                    "co_name" => Some(self.str(&*c.bc.name)),
                    "co_qualname" => Some(self.str(&*c.bc.qualname)),
                    "co_filename" => Some(self.str(&*c.bc.filename)),
                    "co_firstlineno" => Some(self.int(c.bc.first_line as i64)),
                    "co_argcount" => Some(self.int(c.bc.argcount as i64)),
                    "co_posonlyargcount" => Some(self.int(c.bc.posonlyargcount as i64)),
                    "co_kwonlyargcount" => Some(self.int(c.bc.kwonlyargcount as i64)),
                    "co_nlocals" => Some(self.int(c.bc.varnames.len() as i64)),
                    "co_freevars" => {
                        let v = c.bc.freevars.iter().map(|s| self.str(&**s)).collect();
                        Some(self.tuple(v))
                    }
                    "co_cellvars" => {
                        let v = c.bc.cellvars.iter().map(|s| self.str(&**s)).collect();
                        Some(self.tuple(v))
                    }
                    "co_varnames" => {
                        let v = c.bc.varnames.iter().map(|s| self.str(&**s)).collect();
                        Some(self.tuple(v))
                    }
                    "co_flags" => Some(self.int(c.bc.flags.0 as i64)),
                    _ => None,
                });
            }
            Some(Kind::WeakRef) if n == "__callback__" => {
                return Ok(Some(crate::weakref::callback(self, obj)));
            }
            Some(Kind::Traceback) => {
                let tb = obj.downcast::<PyTraceback>().unwrap();
                return Ok(match n {
                    "tb_next" => Some(tb.next.borrow().clone().unwrap_or(self.none.clone())),
                    "tb_lineno" => {
                        Some(self.int(tb.code.bc.location(tb.offset as usize).line as i64))
                    }
                    "tb_lasti" => Some(self.int(tb.offset as i64 * 2)),
                    "tb_frame" => {
                        let slots = tb.locals.borrow().clone();
                        let locals = slots.map(|s| crate::frames::locals_dict(self, &tb.code, &s));
                        Some(crate::frames::detached_frame(
                            self,
                            tb.code.clone(),
                            tb.offset as usize,
                            tb.globals.clone(),
                            locals,
                        ))
                    }
                    _ => None,
                });
            }
            Some(Kind::Frame) => return Ok(crate::frames::attr(self, obj, n)),
            Some(Kind::Generator) => {
                let g = obj.downcast::<PyGenerator>().unwrap();
                let st = g.state.borrow();
                let code = st.code.clone();
                let (running, suspended) = (st.running, st.started && !st.finished && !st.running);
                let (finished, lasti, globals) = (st.finished, st.lasti, st.globals.clone());
                // A generator that is not running keeps its locals at the start of `saved`.
                let slots = (!running && !finished)
                    .then(|| st.saved[..code.nlocalsplus.min(st.saved.len())].to_vec());
                drop(st);
                let prefix = match crate::coroutine::flavor(self, obj) {
                    crate::coroutine::Flavor::Generator => "gi_",
                    crate::coroutine::Flavor::Coroutine => "cr_",
                    crate::coroutine::Flavor::AsyncGenerator => "ag_",
                };
                if n == "__name__" {
                    return Ok(Some(self.str(&*code.bc.name)));
                }
                if n == "__qualname__" {
                    return Ok(Some(self.str(&*code.bc.qualname)));
                }
                let Some(field) = n.strip_prefix(prefix) else {
                    return Ok(None);
                };
                return Ok(match field {
                    "running" => Some(self.bool(running)),
                    "frame" if finished => Some(self.none.clone()),
                    "frame" => {
                        let locals = slots.map(|s| crate::frames::locals_dict(self, &code, &s));
                        Some(crate::frames::detached_frame(
                            self,
                            code.clone(),
                            lasti,
                            globals,
                            locals,
                        ))
                    }
                    "suspended" => Some(self.bool(suspended)),
                    // Origin tracking (sys.set_coroutine_origin_tracking_depth) is off.
                    "origin" if prefix == "cr_" => Some(self.none.clone()),
                    "code" => Some(Value::new_object(&self.t.code, PyCode(code))),
                    "yieldfrom" | "await" if (prefix == "gi_") == (field == "yieldfrom") => {
                        Some(crate::generator::awaiting_on(obj).unwrap_or(self.none.clone()))
                    }
                    _ => None,
                });
            }
            _ => {}
        }
        if as_int(obj).is_some() {
            match n {
                "real" | "numerator" => return Ok(Some(self.bigint(to_bigint(obj).unwrap()))),
                "imag" => return Ok(Some(self.int(0))),
                "denominator" => return Ok(Some(self.int(1))),
                _ => {}
            }
        }
        if n == "__dict__" && obj.is_ptr() {
            let ty = self.type_of(obj);
            if ty.downcast::<PyType>().unwrap().heap
                && crate::ops::slots_of(&ty).is_none_or(|s| s.iter().any(|n| &**n == "__dict__"))
            {
                return Ok(Some(self.instance_dict(obj)));
            }
        }
        if n == "__doc__" {
            // The class's own `__doc__` (found by the caller next) is the instance's.
            let ty = self.type_of(obj);
            let key = self.intern("__doc__");
            if crate::ops::type_lookup(&ty, &key).is_none() {
                return Ok(Some(self.none.clone()));
            }
        }
        Ok(None)
    }
}

pub fn install(vm: &mut Vm) {
    let code_type = vm.t.code.clone();
    crate::builtins::add_method(
        vm,
        &code_type,
        "co_positions",
        crate::traceback::code_positions,
    );
    let set_new_fn = |vm: &Vm, ty: &Value, f: crate::vm::NativeFn| {
        let _ = vm;
        ty.downcast::<PyType>().unwrap().new.set(Some(f));
    };
    let t = &vm.t;
    let (list, tuple, dict, set, frozenset, int, boolt, float, complex) = (
        t.list.clone(),
        t.tuple.clone(),
        t.dict.clone(),
        t.set.clone(),
        t.frozenset.clone(),
        t.int.clone(),
        t.bool.clone(),
        t.float.clone(),
        t.complex.clone(),
    );
    set_new_fn(vm, &list, list_new);
    let module = vm.t.module.clone();
    set_new_fn(vm, &module, module_new);
    set_new_fn(vm, &tuple, tuple_new);
    set_new_fn(vm, &dict, dict_new);
    set_new_fn(vm, &set, set_new);
    set_new_fn(vm, &frozenset, set_new);
    set_new_fn(vm, &int, int_new);
    set_new_fn(vm, &boolt, bool_new);
    set_new_fn(vm, &float, float_new);
    set_new_fn(vm, &complex, complex_new);
    let (prop, cm, sm, sup) = (
        vm.t.property.clone(),
        vm.t.classmethod.clone(),
        vm.t.staticmethod.clone(),
        vm.t.super_.clone(),
    );
    set_new_fn(vm, &prop, property_new);
    set_new_fn(vm, &cm, classmethod_new);
    set_new_fn(vm, &sm, staticmethod_new);
    set_new_fn(vm, &sup, super_new);
    let be = vm.t.base_exception.clone();
    set_new_fn(vm, &be, exc_new);

    for (n, f) in [
        ("append", list_append as crate::vm::NativeFn),
        ("extend", list_extend),
        ("pop", list_pop),
        ("insert", list_insert),
        ("remove", list_remove),
        ("index", seq_index),
        ("count", seq_count),
        ("reverse", list_reverse),
        ("clear", list_clear),
        ("copy", list_copy),
        ("sort", list_sort),
        ("__iadd__", list_iadd),
        ("__init__", list_init),
        ("__len__", payload_len),
        ("__getitem__", list_dunder_getitem),
        ("__setitem__", list_dunder_setitem),
        ("__delitem__", list_dunder_delitem),
        ("__contains__", list_dunder_contains),
        ("__iter__", list_dunder_iter),
        ("__add__", list_dunder_add),
        ("__mul__", list_dunder_mul),
        ("__rmul__", list_dunder_mul),
        ("__imul__", list_dunder_imul),
        ("__reversed__", list_dunder_reversed),
    ] {
        add_method(vm, &list, n, f);
    }
    add_method(vm, &tuple, "index", seq_index);
    add_method(vm, &tuple, "count", seq_count);
    for (n, f) in [
        ("get", dict_get as crate::vm::NativeFn),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("update", dict_update_m),
        ("clear", dict_clear),
        ("copy", dict_copy),
        ("__init__", dict_init),
        ("__getitem__", dict_dunder_getitem),
        ("__setitem__", dict_dunder_setitem),
        ("__delitem__", dict_dunder_delitem),
        ("__contains__", dict_dunder_contains),
        ("__iter__", dict_dunder_iter),
        ("__or__", dict_dunder_or),
        ("__ror__", dict_dunder_ror),
        ("__ior__", dict_dunder_ior),
        ("__reversed__", dict_dunder_reversed),
        ("__len__", payload_len),
    ] {
        add_method(vm, &dict, n, f);
    }
    add_classmethod(vm, &dict, "fromkeys", dict_fromkeys);
    // The default subclass check hook: no opinion.
    let object = vm.t.object.clone();
    add_classmethod(vm, &object, "__subclasshook__", |vm, _a, _k| {
        Ok(vm.not_implemented.clone())
    });
    for ty in [&set, &frozenset] {
        for (n, f) in [
            ("union", set_union as crate::vm::NativeFn),
            ("intersection", set_intersection),
            ("difference", set_difference),
            ("symmetric_difference", set_symdiff),
            ("issubset", set_issubset),
            ("issuperset", set_issuperset),
            ("isdisjoint", set_isdisjoint),
            ("copy", set_copy),
        ] {
            add_method(vm, ty, n, f);
        }
    }
    for (n, f) in [
        ("add", set_add as crate::vm::NativeFn),
        ("remove", set_remove),
        ("discard", set_discard),
        ("pop", set_pop),
        ("clear", set_clear),
        ("update", set_update),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        ("symmetric_difference_update", set_symdiff_update),
        ("__init__", set_init),
        ("__ior__", |vm, a, _| set_inplace_dunder(vm, a, set_update)),
        ("__iand__", |vm, a, _| {
            set_inplace_dunder(vm, a, set_intersection_update)
        }),
        ("__isub__", |vm, a, _| {
            set_inplace_dunder(vm, a, set_difference_update)
        }),
        ("__ixor__", |vm, a, _| {
            set_inplace_dunder(vm, a, set_symdiff_update)
        }),
    ] {
        add_method(vm, &set, n, f);
    }
    add_method(vm, &int, "__format__", number_format);
    add_method(vm, &float, "__format__", number_format);
    add_method(vm, &complex, "__format__", number_format);
    add_method(vm, &int, "bit_length", int_bit_length);
    add_method(vm, &int, "to_bytes", int_to_bytes);
    add_classmethod(vm, &int, "from_bytes", int_from_bytes);
    add_method(vm, &int, "as_integer_ratio", int_as_integer_ratio);
    add_method(vm, &int, "is_integer", int_is_integer);
    add_method(vm, &int, "conjugate", int_conjugate);
    add_method(vm, &int, "bit_count", int_bit_count);
    add_method(vm, &float, "__trunc__", float_trunc);
    add_method(vm, &complex, "conjugate", complex_conjugate);
    add_method(vm, &float, "is_integer", float_is_integer);
    add_method(vm, &float, "as_integer_ratio", float_as_integer_ratio);
    add_method(vm, &float, "hex", float_hex);
    add_method(vm, &float, "conjugate", float_conjugate);
    add_method(vm, &float, "fromhex", float_fromhex);
    // Functions, builtins and bound methods answer `__call__` as CPython's do.
    for t in [
        vm.t.function.clone(),
        vm.t.builtin.clone(),
        vm.t.method_descriptor.clone(),
        vm.t.method.clone(),
    ] {
        add_method(vm, &t, "__call__", call_self);
    }
    // Method descriptors bind to an instance like functions do.
    let md = vm.t.method_descriptor.clone();
    add_method(vm, &md, "__get__", |vm, a, _k| {
        let [d, obj, rest @ ..] = a else {
            return Err(vm.type_error("__get__(None, None) is invalid"));
        };
        if obj.is(&vm.none) {
            return Ok(d.clone());
        }
        let ty = match rest.first() {
            Some(t) if !t.is(&vm.none) => t.clone(),
            _ => vm.type_of(obj),
        };
        vm.bind(d.clone(), obj, &ty)
    });
    // Mutable containers are unhashable: their `__hash__` is None, as `collections.abc`
    // (and `list.__hash__ is None`) expect.
    for t in [
        vm.t.list.clone(),
        vm.t.dict.clone(),
        vm.t.set.clone(),
        vm.t.bytearray.clone(),
    ] {
        let d = t.downcast::<PyType>().unwrap().dict.clone();
        let none = vm.none.clone();
        vm.dict_set_str(&d, "__hash__", none);
    }
    let obj = vm.t.object.clone();
    for (n, f) in [
        ("__repr__", object_repr as crate::vm::NativeFn),
        ("__str__", object_str),
        ("__eq__", object_eq),
        ("__ne__", object_ne),
        ("__lt__", object_order),
        ("__le__", object_order),
        ("__gt__", object_order),
        ("__ge__", object_order),
        ("__hash__", object_hash),
        ("__setattr__", object_setattr),
        ("__delattr__", object_delattr),
        ("__reduce_ex__", object_reduce_ex),
        ("__reduce__", object_reduce),
        ("__getattribute__", object_getattribute),
        ("__format__", object_format),
        ("__init_subclass__", object_init_subclass),
        ("__dir__", object_dir),
    ] {
        add_method(vm, &obj, n, f);
    }
    // `object.__init_subclass__` is implicitly a classmethod, so `super()` passes the class.
    let od = obj.downcast::<PyType>().unwrap().dict.clone();
    let isc = vm.dict_get_name(&od, "__init_subclass__").unwrap();
    let wrapped = Value::new_object(
        &vm.t.classmethod,
        PyWrapper {
            kind: WrapperKind::ClassMethod,
            func: isc,
            dict: std::cell::RefCell::new(None),
        },
    );
    vm.dict_set_str(&od, "__init_subclass__", wrapped);
    let ty = vm.t.type_.clone();
    add_method(vm, &ty, "mro", type_mro);
    add_method(vm, &ty, "__repr__", type_repr);
    add_method(vm, &ty, "__or__", type_or);
    add_method(vm, &ty, "__ror__", type_or);
    add_method(vm, &ty, "__subclasses__", type_subclasses);
    add_method(vm, &ty, "__call__", type_call);
    add_method(vm, &ty, "__new__", type_new_m);
    add_method(vm, &ty, "__prepare__", type_prepare);
    add_method(vm, &ty, "__instancecheck__", type_instancecheck);
    add_method(vm, &ty, "__subclasscheck__", type_subclasscheck);
    add_method(vm, &ty, "__init__", |vm, _a, _k| Ok(vm.none.clone()));
    add_method(vm, &prop, "getter", property_getter);
    add_method(vm, &prop, "setter", property_setter);
    add_method(vm, &prop, "deleter", property_deleter);
    add_method(vm, &prop, "__get__", property_get);
    add_method(vm, &cm, "__get__", wrapper_get);
    add_method(vm, &sm, "__get__", wrapper_get);
    add_method(vm, &be, "__init__", exc_init);
    add_method(vm, &be, "with_traceback", exc_with_traceback);
    add_method(vm, &be, "add_note", exc_add_note);
    add_method(vm, &be, "__str__", exc_str);
    add_method(vm, &be, "__repr__", exc_repr);
    let ke = vm.exc_type("KeyError");
    add_method(vm, &ke, "__str__", key_error_str);
    let genr = vm.t.generator.clone();
    add_method(vm, &genr, "__iter__", gen_iter);
    add_method(vm, &genr, "__next__", gen_next_m);
    add_method(vm, &genr, "send", crate::generator::gen_send);
    add_method(vm, &genr, "throw", crate::generator::gen_throw);
    add_method(vm, &genr, "close", crate::generator::gen_close);
    crate::coroutine::install(vm);
    crate::dunders::install(vm);
    crate::weakref::install(vm);
    crate::slots::install_type(vm);
    let func = vm.t.function.clone();
    add_method(vm, &func, "__get__", func_get);
    let it = vm.t.iterator.clone();
    add_method(vm, &it, "__iter__", iter_iter);
    add_method(vm, &it, "__next__", gen_next_m);
    add_method(vm, &it, "__length_hint__", iter_length_hint);
    for v in [
        vm.t.dict_keys.clone(),
        vm.t.dict_values.clone(),
        vm.t.dict_items.clone(),
    ] {
        add_method(vm, &v, "__contains__", view_contains);
    }
    // Keys and items views are set-like.
    for v in [vm.t.dict_keys.clone(), vm.t.dict_items.clone()] {
        add_method(vm, &v, "__and__", |vm, a, _| {
            view_setop(vm, a, BinOp::And, false)
        });
        add_method(vm, &v, "__or__", |vm, a, _| {
            view_setop(vm, a, BinOp::Or, false)
        });
        add_method(vm, &v, "__sub__", |vm, a, _| {
            view_setop(vm, a, BinOp::Sub, false)
        });
        add_method(vm, &v, "__xor__", |vm, a, _| {
            view_setop(vm, a, BinOp::Xor, false)
        });
        add_method(vm, &v, "__rand__", |vm, a, _| {
            view_setop(vm, a, BinOp::And, true)
        });
        add_method(vm, &v, "__ror__", |vm, a, _| {
            view_setop(vm, a, BinOp::Or, true)
        });
        add_method(vm, &v, "__rsub__", |vm, a, _| {
            view_setop(vm, a, BinOp::Sub, true)
        });
        add_method(vm, &v, "__rxor__", |vm, a, _| {
            view_setop(vm, a, BinOp::Xor, true)
        });
        use ferrython_bytecode::CmpOp;
        add_method(vm, &v, "__eq__", |vm, a, _| view_compare(vm, a, CmpOp::Eq));
        add_method(vm, &v, "__ne__", |vm, a, _| view_compare(vm, a, CmpOp::Ne));
        add_method(vm, &v, "__lt__", |vm, a, _| view_compare(vm, a, CmpOp::Lt));
        add_method(vm, &v, "__le__", |vm, a, _| view_compare(vm, a, CmpOp::Le));
        add_method(vm, &v, "__gt__", |vm, a, _| view_compare(vm, a, CmpOp::Gt));
        add_method(vm, &v, "__ge__", |vm, a, _| view_compare(vm, a, CmpOp::Ge));
        add_method(vm, &v, "isdisjoint", view_isdisjoint);
    }
    let sl = vm.t.slice.clone();
    add_method(vm, &sl, "indices", slice_indices_m);
    let r = vm.t.range.clone();
    add_method(vm, &r, "index", range_index);
    add_method(vm, &r, "count", seq_count);
    add_method(vm, &r, "__contains__", contains_via_iter);
    install_bytes(vm);
    crate::strings::install(vm);
}

// ----- bytes and bytearray ------------------------------------------------------------------

/// The bytes an argument of `bytes(...)`/`bytearray(...)` stands for.
fn bytes_from(vm: &mut Vm, src: Option<&Value>, encoding: Option<&Value>) -> PyResult<Vec<u8>> {
    bytes_from_with(vm, src, encoding, None)
}

/// `bytes_from` with an error handler for encoding a str.
fn bytes_from_with(
    vm: &mut Vm,
    src: Option<&Value>,
    encoding: Option<&Value>,
    errors: Option<&str>,
) -> PyResult<Vec<u8>> {
    let Some(src) = src else {
        return Ok(Vec::new());
    };
    if let Some(s) = str_of(src) {
        let Some(encoding) = encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let Some(enc) = str_of(encoding) else {
            return Err(vm.type_error(format!(
                "bytes() argument 'encoding' must be str, not {}",
                vm.type_name(encoding)
            )));
        };
        return crate::strings::encode_str(vm, s, enc, errors.unwrap_or("strict"));
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if let Some(b) = src.downcast::<PyBytes>() {
        return Ok(b.b.to_vec());
    }
    if let Some(b) = src.downcast::<PyByteArray>() {
        return Ok(b.0.borrow().clone());
    }
    if let Some(n) = as_int(src) {
        let n = match n {
            crate::ops::IntRef::Small(i) => i,
            crate::ops::IntRef::Big(_) => {
                return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
            }
        };
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        return Ok(vec![0; n as usize]);
    }
    let mut out = Vec::new();
    for x in vm.collect(src)? {
        let i = vm.index_value(&x)?;
        if !(0..256).contains(&i) {
            return Err(vm.value_error("bytes must be in range(0, 256)"));
        }
        out.push(i as u8);
    }
    Ok(out)
}

fn bytes_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(args, kw);
    // An object's own __bytes__ decides its bytes.
    if let Some(src) = pos.get(1)
        && src.kind() == Some(Kind::Instance)
        && let Some(r) = vm.call_special(src, "__bytes__", &[])?
    {
        if r.kind() != Some(Kind::Bytes) {
            return Err(vm.type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                vm.type_name(&r)
            )));
        }
        return Ok(r);
    }
    let enc = pos
        .get(2)
        .or(kws.iter().find(|(k, _)| *k == "encoding").map(|(_, v)| *v));
    let errors = pos
        .get(3)
        .or(kws.iter().find(|(k, _)| *k == "errors").map(|(_, v)| *v))
        .and_then(|v| str_of(v).map(str::to_string));
    let data = bytes_from_with(vm, pos.get(1), enc, errors.as_deref())?;
    Ok(Value::new_object(
        &pos[0],
        PyBytes {
            b: data.into(),
            hash: std::cell::Cell::new(-1),
        },
    ))
}

fn bytearray_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(args, kw);
    let enc = pos
        .get(2)
        .or(kws.iter().find(|(k, _)| *k == "encoding").map(|(_, v)| *v));
    let errors = pos
        .get(3)
        .or(kws.iter().find(|(k, _)| *k == "errors").map(|(_, v)| *v))
        .and_then(|v| str_of(v).map(str::to_string));
    let data = bytes_from_with(vm, pos.get(1), enc, errors.as_deref())?;
    Ok(Value::new_object(
        &pos[0],
        PyByteArray(std::cell::RefCell::new(data)),
    ))
}

fn bytearray_append(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "append", a, 1, 1)?;
    let i = vm.index_value(&a[1])?;
    if !(0..256).contains(&i) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    a[0].downcast::<PyByteArray>()
        .unwrap()
        .0
        .borrow_mut()
        .push(i as u8);
    Ok(vm.none.clone())
}

fn bytearray_extend(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    argc(vm, "extend", a, 1, 1)?;
    let data = bytes_from(vm, Some(&a[1]), None)?;
    a[0].downcast::<PyByteArray>()
        .unwrap()
        .0
        .borrow_mut()
        .extend(data);
    Ok(vm.none.clone())
}

/// `bytes.hex([sep[, bytes_per_sep]])`: a separator every `bytes_per_sep` bytes, counted
/// from the right (from the left when negative).
fn bytes_hex(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(a, k);
    let mut sep = pos.get(1).cloned();
    let mut per = pos.get(2).cloned();
    for (name, v) in kws {
        match name {
            "sep" => sep = Some(v.clone()),
            "bytes_per_sep" => per = Some(v.clone()),
            other => {
                return Err(vm.type_error(format!(
                    "hex() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    let data = bytes_from(vm, Some(&a[0]), None)?;
    let hex = |b: &u8| format!("{b:02x}");
    let Some(sep) = sep.filter(|s| !s.is(&vm.none)) else {
        return Ok(vm.str(data.iter().map(hex).collect::<String>()));
    };
    let sep = match (str_of(&sep), sep.downcast::<PyBytes>()) {
        (Some(s), _) => s.to_string(),
        (_, Some(b)) => String::from_utf8_lossy(&b.b).into_owned(),
        _ => return Err(vm.type_error("sep must be str or bytes.")),
    };
    if sep.chars().count() != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    if !sep.is_ascii() {
        return Err(vm.value_error("sep must be ASCII."));
    }
    let per = match per {
        Some(p) => vm.index_value(&p)?,
        None => 1,
    };
    if per == 0 {
        return Ok(vm.str(data.iter().map(hex).collect::<String>()));
    }
    let n = per.unsigned_abs() as usize;
    // Group boundaries: from the end for positive counts, from the start for negative.
    let first = if per > 0 && data.len() % n != 0 {
        data.len() % n
    } else {
        n
    };
    let mut out = String::new();
    let mut start = 0;
    let mut len = first.min(data.len());
    while start < data.len() {
        if start > 0 {
            out.push_str(&sep);
        }
        out.extend(data[start..start + len].iter().map(hex));
        start += len;
        len = n.min(data.len() - start);
    }
    Ok(vm.str(out))
}

/// The bytes of a bytes-like argument; CPython's TypeError for anything else.
fn bytes_like(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if matches!(v.kind(), Some(Kind::Bytes | Kind::ByteArray)) {
        return bytes_from(vm, Some(v), None);
    }
    Err(vm.type_error(format!(
        "a bytes-like object is required, not '{}'",
        vm.type_name(v)
    )))
}

/// `bytes.maketrans(from, to)`: the 256-byte table mapping each byte of `from` to `to`'s.
fn bytes_maketrans(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let (from, to) = match a {
        [_, f, t] | [f, t] => (f.clone(), t.clone()),
        _ => {
            return Err(vm.type_error(format!(
                "maketrans expected 2 arguments, got {}",
                a.len().saturating_sub(1)
            )));
        }
    };
    let from = bytes_like(vm, &from)?;
    let to = bytes_like(vm, &to)?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.into_iter().zip(to) {
        table[f as usize] = t;
    }
    Ok(vm.bytes(table))
}

/// `bytes.translate(table, /, delete=b'')` (and bytearray's): same type as the receiver.
fn bytes_translate(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(a, k);
    let table = pos.get(1).cloned();
    let mut delete = pos.get(2).cloned();
    for (name, v) in kws {
        if name == "delete" {
            delete = Some(v.clone());
        } else {
            return Err(vm.type_error(format!(
                "translate() got an unexpected keyword argument '{name}'"
            )));
        }
    }
    let Some(table) = table else {
        return Err(vm.type_error("translate() takes at least 1 argument (0 given)"));
    };
    let data = bytes_from(vm, Some(&a[0]), None)?;
    let table = if table.is(&vm.none) {
        None
    } else {
        let t = bytes_like(vm, &table)?;
        if t.len() != 256 {
            return Err(vm.value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let delete = match delete {
        Some(d) => bytes_like(vm, &d)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = data
        .into_iter()
        .filter(|b| !delete.contains(b))
        .map(|b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    if a[0].kind() == Some(Kind::ByteArray) {
        return Ok(Value::new_object(
            &vm.t.bytearray,
            PyByteArray(std::cell::RefCell::new(out)),
        ));
    }
    Ok(vm.bytes(out))
}

fn proxy_dict(a: &[Value]) -> Value {
    a[0].downcast::<PyWrapper>().unwrap().func.clone()
}

fn proxy_keys(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let d = proxy_dict(a);
    Ok(dict_view(vm, &d, WrapperKind::DictKeys))
}

fn proxy_values(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let d = proxy_dict(a);
    Ok(dict_view(vm, &d, WrapperKind::DictValues))
}

fn proxy_items(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let d = proxy_dict(a);
    Ok(dict_view(vm, &d, WrapperKind::DictItems))
}

fn proxy_get(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let mut args = a.to_vec();
    args[0] = proxy_dict(a);
    dict_get(vm, &args, k)
}

fn proxy_contains(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let d = proxy_dict(a);
    let r = vm.dict_get(&d, &a[1])?.is_some();
    Ok(vm.bool(r))
}

fn proxy_len(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let d = proxy_dict(a);
    let n = d.downcast::<PyDict>().unwrap().0.borrow().len();
    Ok(vm.int(n as i64))
}

/// `X | Y` on classes (and None): a `types.UnionType` holding the members as a tuple.
fn type_or(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let ut = union_type(vm);
    let mut members = Vec::new();
    for v in &a[..2] {
        if let Some(t) = v.downcast::<PyTuple>().filter(|_| vm.type_of(v).is(&ut)) {
            members.extend(t.0.iter().cloned());
        } else if v.is(&vm.none) {
            members.push(vm.t.none.clone());
        } else if v.kind() == Some(Kind::Type) || is_generic_alias(vm, v) {
            members.push(v.clone());
        } else {
            return Ok(vm.not_implemented.clone());
        }
    }
    let mut uniq: Vec<Value> = Vec::new();
    for m in members {
        if !uniq.iter().any(|u| u.is(&m)) {
            uniq.push(m);
        }
    }
    Ok(Value::new_object(&ut, PyTuple(uniq.into())))
}

/// Whether `v` is a `types.GenericAlias` (such as `list[int]`), which may be a union member.
fn is_generic_alias(vm: &mut Vm, v: &Value) -> bool {
    let ty = vm.type_of(v);
    let t = ty.downcast::<PyType>().unwrap();
    if t.name.borrow().as_ref() != "GenericAlias" {
        return false;
    }
    let m = vm.dict_get_name(&t.dict.clone(), "__module__");
    m.as_ref().and_then(|m| str_of(m)) == Some("types")
}

fn union_args(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let items = a[0].downcast::<PyTuple>().unwrap().0.to_vec();
    Ok(vm.tuple(items))
}

fn union_repr(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let items = a[0].downcast::<PyTuple>().unwrap().0.to_vec();
    let mut parts = Vec::new();
    for t in items {
        parts.push(if t.is(&vm.t.none) {
            "None".to_string()
        } else if t.kind() != Some(Kind::Type) {
            vm.repr_string(&t)?
        } else {
            let name = t
                .downcast::<PyType>()
                .map(|x| x.qualname.borrow().to_string())
                .unwrap_or_default();
            match vm
                .dict_get_name(&t.downcast::<PyType>().unwrap().dict.clone(), "__module__")
                .as_ref()
                .and_then(|m| str_of(m))
            {
                Some(m) if m != "builtins" => format!("{m}.{name}"),
                _ => name,
            }
        });
    }
    Ok(vm.str(parts.join(" | ")))
}

/// The class of `int | str` values.
pub fn union_type(vm: &mut Vm) -> Value {
    if let Some(t) = vm.interned_types.get("UnionType") {
        return t.clone();
    }
    let base = vm.t.object.clone();
    let t = vm.new_type("UnionType", vec![base.clone()], Kind::Tuple, false);
    crate::bootstrap::set_bases(&t, vec![base]);
    t.make_immortal();
    add_method(vm, &t, "__repr__", union_repr);
    add_method(vm, &t, "__or__", type_or);
    add_method(vm, &t, "__ror__", type_or);
    let d = t.downcast::<PyType>().unwrap().dict.clone();
    // For lib/types.py: builds a union of any two members (not a method: no self check).
    let of = vm.builtin_fn("_union_of", type_or);
    vm.dict_set_str(&d, "_union_of", of);
    let m = vm.str("types");
    vm.dict_set_str(&d, "__module__", m);
    crate::builtins::add_getter(vm, &t, "__args__", union_args);
    vm.interned_types.insert("UnionType", t.clone());
    t
}

fn slice_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = &args[1..];
    let none = vm.none.clone();
    let (start, stop, step) = match a.len() {
        1 => (none.clone(), a[0].clone(), none),
        2 => (a[0].clone(), a[1].clone(), none),
        3 => (a[0].clone(), a[1].clone(), a[2].clone()),
        0 => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("slice expected at most 3 arguments, got {n}"))),
    };
    Ok(Value::new_object(
        &vm.t.slice,
        PySlice { start, stop, step },
    ))
}

pub fn install_bytes(vm: &mut Vm) {
    let mt = vm.t.method.clone();
    mt.downcast::<PyType>().unwrap().new.set(Some(method_new));
    let mp = vm.t.mappingproxy.clone();
    for (n, f) in [
        ("keys", proxy_keys as crate::vm::NativeFn),
        ("values", proxy_values),
        ("items", proxy_items),
        ("get", proxy_get),
        ("__contains__", proxy_contains),
        ("__len__", proxy_len),
    ] {
        add_method(vm, &mp, n, f);
    }
    let sl = vm.t.slice.clone();
    sl.downcast::<PyType>().unwrap().new.set(Some(slice_new));
    let mp = vm.t.mappingproxy.clone();
    mp.downcast::<PyType>()
        .unwrap()
        .new
        .set(Some(mappingproxy_new));
    let (b, ba) = (vm.t.bytes.clone(), vm.t.bytearray.clone());
    b.downcast::<PyType>().unwrap().new.set(Some(bytes_new));
    ba.downcast::<PyType>()
        .unwrap()
        .new
        .set(Some(bytearray_new));
    add_method(vm, &ba, "append", bytearray_append);
    add_method(vm, &ba, "extend", bytearray_extend);
    for t in [&b, &ba] {
        add_method(vm, t, "hex", bytes_hex);
        add_method(vm, t, "translate", bytes_translate);
        let mk = vm.builtin_fn("maketrans", bytes_maketrans);
        let sm = Value::new_object(
            &vm.t.staticmethod,
            PyWrapper {
                kind: WrapperKind::StaticMethod,
                func: mk,
                dict: Default::default(),
            },
        );
        let d = t.downcast::<PyType>().unwrap().dict.clone();
        vm.dict_set_str(&d, "maketrans", sm);
    }
    crate::bytes_methods::install(vm);
}

impl Vm {
    /// Whether a Python subclass of `obj`'s builtin class defines `name` itself.
    fn class_defines(&mut self, obj: &Value, name: &Value) -> bool {
        let ty = self.type_of(obj);
        ty.downcast::<PyType>().is_some_and(|t| t.heap) && type_lookup(&ty, name).is_some()
    }

    /// Whether `f.__isabstractmethod__` is true (false when it has no such attribute).
    fn is_abstract(&mut self, f: &Value) -> PyResult<bool> {
        match self.getattr_str(f, "__isabstractmethod__") {
            Ok(v) => self.truthy(&v),
            Err(e) if self.exc_matches(&e, "AttributeError") => Ok(false),
            Err(e) => Err(e),
        }
    }
}

/// `iterator.__length_hint__()`: how many items are left, for the iterators that know it
/// (NotImplemented for the others).
fn iter_length_hint(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let Some(it) = a[0].downcast::<PyIter>() else {
        return Ok(vm.not_implemented.clone());
    };
    let st = it.0.borrow();
    let left: Option<usize> = match &*st {
        IterState::Seq { seq, idx } => {
            let n = match seq.kind() {
                Some(Kind::List) => Some(seq.downcast::<PyList>().unwrap().0.borrow().len()),
                Some(Kind::Tuple) => Some(seq.downcast::<PyTuple>().unwrap().0.len()),
                Some(Kind::Bytes) => Some(seq.downcast::<PyBytes>().unwrap().b.len()),
                Some(Kind::ByteArray) => {
                    Some(seq.downcast::<PyByteArray>().unwrap().0.borrow().len())
                }
                _ => None,
            };
            n.map(|n| n.saturating_sub(*idx))
        }
        IterState::Range { cur, stop, step } => Some(if *step > 0 && cur < stop {
            ((stop - cur + step - 1) / step) as usize
        } else if *step < 0 && cur > stop {
            ((cur - stop - step - 1) / -step) as usize
        } else {
            0
        }),
        IterState::Str { s, byte } => s
            .downcast::<PyStr>()
            .map(|p| p.as_str().get(*byte..).map_or(0, |r| r.chars().count())),
        IterState::Dict { dict, idx, .. } => dict.downcast::<PyDict>().map(|d| {
            let t = d.0.borrow();
            (*idx..t.entries.len())
                .filter(|&i| t.entries[i].is_some())
                .count()
        }),
        IterState::Reversed { idx, .. } => Some((*idx + 1).max(0) as usize),
        IterState::Exhausted => Some(0),
        _ => None,
    };
    drop(st);
    Ok(match left {
        Some(n) => vm.int(n as i64),
        None => vm.not_implemented.clone(),
    })
}
