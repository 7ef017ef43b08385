//! Inline caches for instance and module attributes (`LOAD_ATTR`, `STORE_ATTR`).
//!
//! Eight cache words follow each instruction: four entries (so a site that sees instances of
//! a few classes, as polymorphic code does, keeps hitting), each the class's cache tag and
//! either one plus the position of the name in the instance dict's entry array, or `SLOT`
//! plus the index of a `__slots__` cell. A class's tag is a number given out afresh in each
//! type epoch (tag 0 marks an empty entry).
//! A dict entry records that, for instances of exactly that class, the attribute is an
//! ordinary instance-dict attribute: the class has no custom `__getattribute__` (or
//! `__setattr__` for stores) and no data descriptor of that name; the position is only a
//! hint, checked against the key's identity on each use. A slot entry records that the name
//! is the class's member descriptor for that cell, with no custom hook either. Any change to
//! any class namespace bumps the epoch and so invalidates every entry.
//!
//! Measured with callgrind on nbody: attribute loads and stores went through `getattr` →
//! `generic_getattr` → `type_lookup` → dict probe on every access.

use std::rc::Rc;

use crate::code::{CodeInner, MethodEntry};
use crate::objects::{PyDict, PyInstance, PyModule, PyProperty, PyType};
use crate::ops::{CUSTOM_GETATTRIBUTE, CUSTOM_SETATTR, type_epoch, type_flags, type_lookup};
use crate::value::{Kind, Value};
use crate::vm::{PyResult, Vm};

/// Marks a cached slot index in the fourth cache word.
const SLOT: u32 = 1 << 31;

thread_local! {
    static NEXT_TAG: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
}

/// The cache tag of class `t` in the current type epoch.
#[inline(always)]
fn type_tag(t: &PyType) -> u32 {
    let epoch = type_epoch();
    let (e, tag) = t.cache_tag.get();
    if e == epoch && tag != 0 {
        return tag;
    }
    let tag = NEXT_TAG.with(|n| {
        let tag = n.get();
        // Skip 0 (empty) on wrap-around; a stale tag equal to a new one needs 2^32 classes.
        n.set(tag.wrapping_add(1).max(1));
        tag
    });
    t.cache_tag.set((epoch, tag));
    tag
}

/// Entries in an attribute cache (two words each).
const WAYS: usize = 4;

/// Words `c..c + 2 * WAYS` of `code` hold the cache of the instruction: the index of the
/// hint word of the entry for `obj`'s class, if there is one.
#[inline(always)]
fn matches(code: &CodeInner, c: usize, obj: &Value) -> Option<usize> {
    let t = obj.header_type()?.downcast::<PyType>()?;
    let tag = type_tag(t);
    if code.words[c].get() == tag {
        return Some(c + 1);
    }
    other_entry(code, c, tag)
}

/// `matches` beyond the first entry (polymorphic sites).
#[inline(never)]
fn other_entry(code: &CodeInner, c: usize, tag: u32) -> Option<usize> {
    let words = &code.words[c..c + 2 * WAYS];
    (1..WAYS)
        .find(|&k| words[2 * k].get() == tag)
        .map(|k| c + 2 * k + 1)
}

/// The cached instance (or module) attribute, if the cache at `c` applies to `obj`.
#[inline(always)]
pub fn load(code: &CodeInner, c: usize, obj: &Value, name: &Value) -> Option<Value> {
    if !obj.is_ptr() {
        return None;
    }
    match obj.kind() {
        Some(Kind::Instance) => {}
        Some(Kind::Module) => return module_entry(code, matches(code, c, obj)?, obj, name),
        _ => return None,
    }
    let h = matches(code, c, obj)?;
    let hint = code.words[h].get();
    if hint & SLOT != 0 {
        return obj.downcast::<PyInstance>()?.slot((hint & !SLOT) as usize);
    }
    let hint = hint as usize;
    let inst = obj.downcast::<PyInstance>()?;
    // An instance holding `name` at the cached position of its shape has no attribute dict
    // (making one moves the shaped attributes into it), so that is all there is to check.
    if hint != 0
        && let Some(v) = inst.attrs.borrow().value_if_key(hint - 1, name)
    {
        return Some(v);
    }
    let attrs = obj.header().attrs.borrow();
    let Some(a) = attrs.as_ref() else {
        drop(attrs);
        let shaped = inst.attrs.borrow();
        let pos = shaped.shape.index_of(name)?;
        code.words[h].set(pos as u32 + 1);
        return Some(shaped.values[pos].clone());
    };
    dict_entry(code, h, a.downcast::<PyDict>()?, name)
}

/// The value of key `name` in `d`, at the position hint word `h` gives when that entry's key
/// is `name`, else found by a probe that updates the hint.
#[inline(always)]
fn dict_entry(code: &CodeInner, h: usize, d: &PyDict, name: &Value) -> Option<Value> {
    let table = d.0.borrow();
    let hint = code.words[h].get() as usize;
    if hint != 0
        && let Some(v) = table.value_if_key(hint - 1, name)
    {
        return Some(v);
    }
    let pos = table.position_of_str(name)?;
    code.words[h].set(pos as u32 + 1);
    table.value_if_key(pos, name)
}

/// A module attribute through the hint word `h` of an entry for the module's class.
#[inline(never)]
fn module_entry(code: &CodeInner, h: usize, obj: &Value, name: &Value) -> Option<Value> {
    let d = obj.downcast::<PyModule>()?.dict.downcast::<PyDict>()?;
    dict_entry(code, h, d, name)
}

/// `LOAD_METHOD`'s cache at `c` for a module attribute (`math.sqrt(x)`): one entry, the
/// class's tag in word `c` and the position hint in word `c + 1`, filled by
/// `fill_module_method`.
#[inline(always)]
pub fn module_method(code: &CodeInner, c: usize, obj: &Value, name: &Value) -> Option<Value> {
    if !obj.is_ptr() || obj.kind() != Some(Kind::Module) {
        return None;
    }
    let t = obj.header_type()?.downcast::<PyType>()?;
    if code.words[c].get() != type_tag(t) {
        return None;
    }
    module_entry(code, c + 1, obj, name)
}

/// Records in `LOAD_METHOD`'s cache at `c` that module attribute `name` is a plain entry of
/// the module's dict for modules of `obj`'s class.
pub fn fill_module_method(vm: &mut Vm, code: &CodeInner, c: usize, obj: &Value, name: &Value) {
    if let Some(pos) = plain_attr_position(vm, obj, name) {
        let ty = vm.type_of(obj);
        if let Some(t) = ty.downcast::<PyType>() {
            code.words[c].set(type_tag(t));
            code.words[c + 1].set(pos as u32 + 1);
        }
    }
}

/// The position of attribute `name` among `obj`'s instance attributes (its dict's entries or
/// its shape's names, or a module's dict).
fn position(obj: &Value, name: &Value) -> Option<usize> {
    if let Some(m) = obj.downcast::<PyModule>() {
        return m
            .dict
            .downcast::<PyDict>()?
            .0
            .borrow()
            .position_of_str(name);
    }
    match obj.header().attrs.borrow().as_ref() {
        Some(a) => a.downcast::<PyDict>()?.0.borrow().position_of_str(name),
        None => obj
            .downcast::<PyInstance>()?
            .attrs
            .borrow()
            .shape
            .index_of(name),
    }
}

/// Stores through the cache: true when the store was done (replacing the value at the cached
/// position, or adding the attribute to the instance dict: the entry proves the class has no
/// `__setattr__`, data descriptor or slots that would intercept it).
#[inline(always)]
pub fn store(
    vm: &mut Vm,
    code: &CodeInner,
    c: usize,
    obj: &Value,
    name: &Value,
    v: &Value,
) -> PyResult<bool> {
    if !obj.is_ptr() || obj.kind() != Some(Kind::Instance) {
        return Ok(false);
    }
    let Some(h) = matches(code, c, obj) else {
        return Ok(false);
    };
    let hint = code.words[h].get();
    if hint & SLOT != 0 {
        let Some(cell) = obj
            .downcast::<PyInstance>()
            .and_then(|p| p.slots.get((hint & !SLOT) as usize))
        else {
            return Ok(false);
        };
        // The old value is dropped after the cell holds the new one (its `__del__` may look).
        let old = cell.replace(Some(v.clone()));
        drop(old);
        return Ok(true);
    }
    let hint = hint as usize;
    // As in `load`: a shaped attribute at the cached position means there is no dict.
    if hint != 0
        && let Some(inst) = obj.downcast::<PyInstance>()
    {
        let mut shaped = inst.attrs.borrow_mut();
        if shaped.shape.names.get(hint - 1).is_some_and(|n| n.is(name)) {
            let old = std::mem::replace(&mut shaped.values[hint - 1], v.clone());
            // The old value is dropped after the borrow ends (its `__del__` may look).
            drop(shaped);
            drop(old);
            return Ok(true);
        }
    }
    // The shaped position was tried above: what is left is an instance-dict entry there.
    let attrs = obj.header().attrs.borrow();
    let replaced = match attrs.as_ref().and_then(|a| a.downcast::<PyDict>()) {
        Some(d) if hint != 0 && d.0.borrow().value_if_key(hint - 1, name).is_some() => Some(
            std::mem::replace(d.0.borrow_mut().value_mut(hint - 1), v.clone()),
        ),
        _ => None,
    };
    drop(attrs);
    if let Some(old) = replaced {
        // The old value is dropped after the borrows end (its `__del__` may touch the object).
        drop(old);
        return Ok(true);
    }
    let pos = match vm.store_shaped(obj, name, v) {
        Some(pos) => Some(pos),
        None => {
            let d = vm.instance_dict(obj);
            vm.dict_set(&d, name.clone(), v.clone())?;
            position(obj, name)
        }
    };
    if let Some(pos) = pos {
        code.words[h].set(pos as u32 + 1);
    }
    Ok(true)
}

/// After a slow-path access: records `obj`'s class in the cache if the attribute `name` is a
/// plain instance-dict attribute for it.
pub fn fill(vm: &mut Vm, code: &CodeInner, c: usize, obj: &Value, name: &Value, store: bool) {
    if !obj.is_ptr() {
        return;
    }
    if obj.kind() == Some(Kind::Module) {
        if !store && let Some(pos) = plain_attr_position(vm, obj, name) {
            let ty = vm.type_of(obj);
            set_entry(code, c, &ty, pos as u32 + 1);
        }
        return;
    }
    if obj.kind() != Some(Kind::Instance) {
        return;
    }
    let ty = vm.type_of(obj);
    let Some(t) = ty.downcast::<PyType>() else {
        return;
    };
    if !t.heap {
        return;
    }
    let custom = if store {
        CUSTOM_SETATTR
    } else {
        CUSTOM_GETATTRIBUTE
    };
    if type_flags(vm, &ty) & custom != 0 {
        return;
    }
    let descr = type_lookup(&ty, name);
    if let Some(d) = &descr
        && let Some(index) = crate::slots::member_index(d)
    {
        let owned =
            crate::slots::member(d).is_some_and(|(_, owner)| crate::ops::is_subtype(&ty, &owner));
        let has_cell = obj
            .downcast::<PyInstance>()
            .is_some_and(|p| index < p.slots.len());
        if owned && has_cell && (index as u32) < SLOT {
            set_entry(code, c, &ty, SLOT | index as u32);
        }
        return;
    }
    if crate::ops::slots_of(&ty).is_some() {
        return;
    }
    if let Some(d) = descr
        && is_data_descriptor(vm, &d)
    {
        return;
    }
    let Some(pos) = position(obj, name) else {
        return;
    };
    set_entry(code, c, &ty, pos as u32 + 1);
}

/// The position of `name` in a module's dict when reading it is a plain dict lookup for
/// modules of that class: no custom `__getattribute__` and no data descriptor of that name
/// on the class (the module type's own are dunder names such as `__dict__` and `__class__`).
fn plain_attr_position(vm: &mut Vm, obj: &Value, name: &Value) -> Option<usize> {
    let ty = vm.type_of(obj);
    let t = ty.downcast::<PyType>()?;
    if t.heap && type_flags(vm, &ty) & CUSTOM_GETATTRIBUTE != 0 {
        return None;
    }
    if let Some(d) = type_lookup(&ty, name)
        && (is_data_descriptor(vm, &d) || !t.heap)
    {
        return None;
    }
    position(obj, name)
}

/// Records `hint` for class `ty`: in its entry if it has one, else in the first entry, the
/// others moving down one (the last is dropped).
fn set_entry(code: &CodeInner, c: usize, ty: &Value, hint: u32) {
    let Some(t) = ty.downcast::<PyType>() else {
        return;
    };
    let tag = type_tag(t);
    let words = &code.words[c..c + 2 * WAYS];
    if let Some(k) = (0..WAYS).find(|&k| words[2 * k].get() == tag) {
        words[2 * k + 1].set(hint);
        return;
    }
    for k in (1..WAYS).rev() {
        words[2 * k].set(words[2 * k - 2].get());
        words[2 * k + 1].set(words[2 * k - 1].get());
    }
    words[0].set(tag);
    words[1].set(hint);
}

fn is_data_descriptor(vm: &mut Vm, d: &Value) -> bool {
    if d.downcast::<PyProperty>().is_some() {
        return true;
    }
    let dt = vm.type_of(d);
    if !dt.downcast::<PyType>().is_some_and(|t| t.heap) {
        return false;
    }
    let (set, del) = (vm.names.set.clone(), vm.names.delete.clone());
    type_lookup(&dt, &set).is_some() || type_lookup(&dt, &del).is_some()
}

/// The method `LOAD_METHOD`'s cache at `c` holds for `obj`: cached for exactly `obj`'s class in
/// the current type epoch, and not shadowed by an instance attribute of the same name.
#[inline(always)]
pub fn method(code: &CodeInner, c: usize, obj: &Value, name: &Value) -> Option<Value> {
    let index = code.words[c + 3].get() as usize;
    if index == 0 || !obj.is_ptr() || code.words[c + 2].get() != type_epoch() as u32 {
        return None;
    }
    let ty = obj.header_type()?;
    let methods = code.methods.borrow();
    let entry = methods.get(index - 1)?;
    if !entry.class.is(ty) {
        return None;
    }
    match obj.header().attrs.borrow().as_ref() {
        Some(attrs) => {
            let table = attrs.downcast::<PyDict>()?.0.borrow();
            let hash = crate::ops::str_hash(name);
            if table.may_contain(hash) && table.get_fast(hash, name).is_some() {
                return None;
            }
        }
        None => {
            if let Some(inst) = obj.downcast::<PyInstance>() {
                let attrs = inst.attrs.borrow();
                let mut checked = entry.unshadowed.borrow_mut();
                // Shapes never change their names: one seen without the name stays so.
                if !checked
                    .as_ref()
                    .is_some_and(|s| Rc::ptr_eq(s, &attrs.shape))
                {
                    if attrs.shape.index_of(name).is_some() {
                        return None;
                    }
                    *checked = Some(attrs.shape.clone());
                }
            }
        }
    }
    Some(entry.method.clone())
}

/// Records that `LOAD_METHOD` at `c` finds plain method `m` on class `ty` (the caller checked
/// that the class has no custom `__getattribute__`). The class and method are kept alive by
/// the entry, so an address cannot be reused while it is cached.
pub fn fill_method(code: &CodeInner, c: usize, ty: &Value, m: &Value) {
    let mut methods = code.methods.borrow_mut();
    let entry = MethodEntry {
        class: ty.clone(),
        method: m.clone(),
        unshadowed: Default::default(),
    };
    let old = match code.words[c + 3].get() as usize {
        0 => {
            methods.push(entry);
            code.words[c + 3].set(methods.len() as u32);
            None
        }
        i => Some(std::mem::replace(&mut methods[i - 1], entry)),
    };
    drop(methods);
    code.words[c + 2].set(type_epoch() as u32);
    drop(old);
}
