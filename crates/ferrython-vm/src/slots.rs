//! `__slots__`: validation at class creation, and the `member_descriptor` objects placed in
//! the class for each slot. A slot's value is kept in the instance's attribute storage under
//! the slot's name; classes whose instances have no `__dict__` only accept their slots there
//! (so `obj.__dict__` does not exist for them, as in CPython).

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

/// Puts a `member_descriptor` for each slot into the class namespace.
pub fn install(vm: &mut Vm, cls: &Value, names: &[Rc<str>]) {
    let dict = cls.downcast::<PyType>().unwrap().dict.clone();
    for n in names {
        if &**n == "__dict__" || &**n == "__weakref__" {
            continue;
        }
        let d = Value::new_object(
            &vm.t.member,
            PyWrapper {
                kind: WrapperKind::Member,
                func: vm.str(&**n),
                dict: RefCell::new(Some(cls.clone())),
            },
        );
        vm.dict_set_str(&dict, n, d);
    }
}

/// The (name, owner class) of a member descriptor.
pub fn member(d: &Value) -> Option<(Value, Value)> {
    let w = d.downcast::<PyWrapper>()?;
    if w.kind != WrapperKind::Member {
        return None;
    }
    Some((w.func.clone(), w.dict.borrow().clone()?))
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
    let v = obj
        .header()
        .attrs
        .borrow()
        .as_ref()
        .and_then(|a| vm.dict_get_str(a, &name));
    match v {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(format!(
            "'{}' object has no attribute '{}'",
            vm.type_name(obj),
            str_of(&name).unwrap_or("")
        ))),
    }
}

/// Writes (or with None, deletes) slot `d` of `obj`.
pub fn set(vm: &mut Vm, d: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let (name, owner) = member(d).expect("member descriptor");
    check_instance(vm, &name, &owner, obj)?;
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
