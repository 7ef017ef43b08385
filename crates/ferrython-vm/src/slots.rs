//! `__slots__`: validation at class creation, and the `member_descriptor` objects placed in
//! the class for each slot. Instances of ordinary classes keep each slot's value in a cell of
//! their payload (`PyInstance::slots`), at an index fixed when the class is created: the
//! slots of the bases' layout come first. Instances of builtin-layout subclasses (of `list`,
//! `Exception`, ...) have no cells and keep slot values in their attribute dict instead.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::*;
use crate::value::{Kind, Value};
use crate::vm::{PyResult, Vm};

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || c == '_')
}

/// `__x` inside class `C` becomes `_C__x`.
fn mangle(class_name: &str, name: &str) -> String {
    if name.starts_with("__") && !name.ends_with("__") {
        let stripped = class_name.trim_start_matches('_');
        if !stripped.is_empty() {
            return format!("_{stripped}{name}");
        }
    }
    name.to_string()
}

/// Checks the `__slots__` value of a new class and returns its (mangled) slot names.
pub fn parse(
    vm: &mut Vm,
    class_name: &str,
    value: &Value,
    namespace: &Value,
    layout: Kind,
    base_has_dict: bool,
) -> PyResult<Vec<Rc<str>>> {
    let items = if value.kind() == Some(Kind::Str) {
        vec![value.clone()]
    } else {
        vm.collect(value)?
    };
    let mut names: Vec<Rc<str>> = Vec::new();
    for it in &items {
        let Some(s) = str_of(it) else {
            return Err(vm.type_error(format!(
                "__slots__ items must be strings, not '{}'",
                vm.type_name(it)
            )));
        };
        if !is_identifier(s) {
            return Err(vm.type_error("__slots__ must be identifiers"));
        }
        if s == "__dict__" && (base_has_dict || names.iter().any(|n| &**n == "__dict__")) {
            return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
        }
        if s == "__weakref__" && names.iter().any(|n| &**n == "__weakref__") {
            return Err(vm.type_error("__weakref__ slot disallowed: we already got one"));
        }
        let m = mangle(class_name, s);
        if s != "__dict__" && s != "__weakref__" && vm.dict_get_name(namespace, &m).is_some() {
            return Err(vm.value_error(format!("'{s}' in __slots__ conflicts with class variable")));
        }
        names.push(m.as_str().into());
    }
    let real = names
        .iter()
        .any(|n| &**n != "__dict__" && &**n != "__weakref__");
    if real
        && matches!(
            layout,
            Kind::BigInt | Kind::Bool | Kind::Tuple | Kind::Bytes | Kind::Str
        )
    {
        let base = match layout {
            Kind::BigInt => "int",
            Kind::Bool => "bool",
            Kind::Tuple => "tuple",
            Kind::Bytes => "bytes",
            _ => "str",
        };
        return Err(vm.type_error(format!(
            "nonempty __slots__ not supported for subtype of '{base}'"
        )));
    }
    Ok(names)
}

fn is_real_slot(n: &str) -> bool {
    n != "__dict__" && n != "__weakref__"
}

/// The class in `ty`'s MRO whose own `__slots__` fix its instances' slot layout, if any.
fn solid_base(ty: &Value) -> Option<Value> {
    let t = ty.downcast::<PyType>()?;
    t.mro.borrow().iter().find_map(|m| {
        let mt = m.downcast::<PyType>()?;
        let own = mt.slots.borrow();
        own.as_ref()
            .is_some_and(|s| s.iter().any(|n| is_real_slot(n)))
            .then(|| m.clone())
    })
}

/// How many slot cells a class with `bases` inherits; a TypeError when two bases bring
/// unrelated slot layouts.
pub fn inherited_count(vm: &mut Vm, bases: &[Value]) -> PyResult<u32> {
    let solids: Vec<Value> = bases.iter().filter_map(solid_base).collect();
    let count = |v: &Value| v.downcast::<PyType>().map_or(0, |t| t.nslots.get());
    let Some(widest) = solids.iter().max_by_key(|s| count(s)).cloned() else {
        return Ok(0);
    };
    if solids.iter().any(|s| !crate::ops::is_subtype(&widest, s)) {
        return Err(vm.type_error("multiple bases have instance lay-out conflict"));
    }
    Ok(count(&widest))
}

/// Puts a `member_descriptor` for each slot into the class namespace, numbering their cells
/// after the `inherited` ones, and records the layout's size in the class.
pub fn install(vm: &mut Vm, cls: &Value, names: &[Rc<str>], inherited: u32) {
    let t = cls.downcast::<PyType>().unwrap();
    let dict = t.dict.clone();
    let mut index = inherited;
    for n in names {
        if !is_real_slot(n) {
            continue;
        }
        let d = Value::new_object(
            &vm.t.member,
            PyWrapper {
                kind: WrapperKind::Member(index),
                func: vm.str(&**n),
                dict: RefCell::new(Some(cls.clone())),
            },
        );
        vm.dict_set_str(&dict, n, d);
        index += 1;
    }
    t.nslots.set(index);
}

/// The (name, owner class) of a member descriptor.
pub fn member(d: &Value) -> Option<(Value, Value)> {
    member_index(d)?;
    let w = d.downcast::<PyWrapper>()?;
    Some((w.func.clone(), w.dict.borrow().clone()?))
}

/// The cell index of a member descriptor.
pub fn member_index(d: &Value) -> Option<usize> {
    match d.downcast::<PyWrapper>()?.kind {
        WrapperKind::Member(i) => Some(i as usize),
        _ => None,
    }
}

/// The cell of slot `index` in `obj`, when `obj` has slot cells.
fn cell(obj: &Value, index: usize) -> Option<&std::cell::Cell<Option<Value>>> {
    obj.downcast::<PyInstance>()?.slots.get(index)
}

fn no_attribute(vm: &Vm, obj: &Value, name: &Value) -> crate::vm::PyErr {
    vm.attribute_error(format!(
        "'{}' object has no attribute '{}'",
        vm.type_name(obj),
        str_of(name).unwrap_or("")
    ))
}

fn check_instance(vm: &mut Vm, name: &Value, owner: &Value, obj: &Value) -> PyResult<()> {
    if crate::ops::is_subtype(&vm.type_of(obj), owner) {
        return Ok(());
    }
    let n = str_of(name).unwrap_or("").to_string();
    let o = owner
        .downcast::<PyType>()
        .unwrap()
        .name
        .borrow()
        .to_string();
    Err(vm.type_error(format!(
        "descriptor '{n}' for '{o}' objects doesn't apply to a '{}' object",
        vm.type_name(obj)
    )))
}

/// Reads slot `d` of `obj`.
pub fn get(vm: &mut Vm, d: &Value, obj: &Value) -> PyResult<Value> {
    let (name, owner) = member(d).expect("member descriptor");
    check_instance(vm, &name, &owner, obj)?;
    let index = member_index(d).expect("member descriptor");
    if let Some(c) = cell(obj, index) {
        let v = c.take();
        c.set(v.clone());
        return v.ok_or_else(|| no_attribute(vm, obj, &name));
    }
    let v = vm.instance_attr(obj, &name);
    v.ok_or_else(|| no_attribute(vm, obj, &name))
}

/// Writes (or with None, deletes) slot `d` of `obj`.
pub fn set(vm: &mut Vm, d: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let (name, owner) = member(d).expect("member descriptor");
    check_instance(vm, &name, &owner, obj)?;
    let index = member_index(d).expect("member descriptor");
    if let Some(c) = cell(obj, index) {
        let deleting = value.is_none();
        // The old value is dropped after the cell holds the new one (its `__del__` may look).
        let old = c.replace(value);
        if deleting && old.is_none() {
            return Err(vm.attribute_error(str_of(&name).unwrap_or("").to_string()));
        }
        drop(old);
        return Ok(());
    }
    let attrs = vm.instance_dict(obj);
    match value {
        Some(v) => vm.dict_set(&attrs, name, v),
        None => match vm.dict_del(&attrs, &name)? {
            Some(_) => Ok(()),
            None => Err(vm.attribute_error(str_of(&name).unwrap_or("").to_string())),
        },
    }
}

fn m_get(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    match a.get(1) {
        Some(obj) if !obj.is(&vm.none) => get(vm, &a[0], obj),
        _ => Ok(a[0].clone()),
    }
}

fn m_set(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if a.len() != 3 {
        return Err(vm.type_error(format!("expected 2 arguments, got {}", a.len() - 1)));
    }
    set(vm, &a[0], &a[1], Some(a[2].clone()))?;
    Ok(vm.none.clone())
}

fn m_delete(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let Some(obj) = a.get(1) else {
        return Err(vm.type_error("expected 1 argument, got 0"));
    };
    set(vm, &a[0], obj, None)?;
    Ok(vm.none.clone())
}

/// `<member 'x' of 'C' objects>`.
pub fn repr(d: &Value) -> String {
    let (name, owner) = member(d).expect("member descriptor");
    format!(
        "<member '{}' of '{}' objects>",
        str_of(&name).unwrap_or(""),
        owner.downcast::<PyType>().unwrap().name.borrow()
    )
}

/// `__name__`, `__objclass__`, `__qualname__` of a member descriptor.
pub fn attr(vm: &mut Vm, d: &Value, n: &str) -> Option<Value> {
    let (name, owner) = member(d)?;
    Some(match n {
        "__name__" => name,
        "__objclass__" => owner,
        "__doc__" => vm.none.clone(),
        "__qualname__" => {
            let o = owner
                .downcast::<PyType>()
                .unwrap()
                .qualname
                .borrow()
                .clone();
            vm.str(format!("{o}.{}", str_of(&name).unwrap_or("")))
        }
        _ => return None,
    })
}

pub fn install_type(vm: &mut Vm) {
    let t = vm.t.member.clone();
    for (n, f) in [
        ("__get__", m_get as crate::vm::NativeFn),
        ("__set__", m_set),
        ("__delete__", m_delete),
    ] {
        crate::builtins::add_method(vm, &t, n, f);
    }
}
