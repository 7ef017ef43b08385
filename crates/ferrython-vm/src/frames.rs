//! Frame objects for introspection: `sys._getframe()`, `traceback.tb_frame`, `gi_frame`.
//!
//! The interpreter's frames are plain structs on `Vm::frames`; Python code sees snapshots of
//! them taken when asked for: the code, the line, the globals and builtins, the locals as a
//! dict at that moment (live for module and class frames, whose locals are a mapping), and
//! the calling frame.

use std::rc::Rc;

use crate::code::CodeInner;
use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub struct PyFrame {
    pub code: Rc<CodeInner>,
    /// Instruction offset (in code units) the frame was at.
    pub lasti: usize,
    pub globals: Value,
    pub builtins: Value,
    pub locals: Value,
    pub back: Option<Value>,
}

/// The locals of interpreter frame `fi` as a dict (its mapping for module and class frames).
fn snapshot_locals(vm: &mut Vm, fi: usize) -> Value {
    let f = &vm.frames[fi];
    if let Some(l) = &f.locals {
        return l.clone();
    }
    let code = f.code.clone();
    let base = f.base;
    let end = (base + code.nlocalsplus).min(vm.stack.len());
    let slots: Vec<Value> = vm.stack[base.min(end)..end].to_vec();
    locals_dict(vm, &code, &slots)
}

/// A dict of the bound variables among a function frame's fast-local `slots` (cells read
/// through).
pub fn locals_dict(vm: &mut Vm, code: &CodeInner, slots: &[Value]) -> Value {
    let d = vm.dict();
    let bc = &code.bc;
    let names = bc
        .varnames
        .iter()
        .chain(bc.cellvars.iter())
        .chain(bc.freevars.iter());
    let nv = bc.varnames.len();
    for (i, (name, v)) in names.zip(slots).enumerate() {
        let v = if i >= nv {
            match v.downcast::<PyCell>().and_then(|c| c.0.borrow().clone()) {
                Some(x) => x,
                None => continue,
            }
        } else {
            v.clone()
        };
        if v.is_null() || name.starts_with('$') || name.starts_with('.') {
            continue;
        }
        vm.dict_set_str(&d, name, v);
    }
    d
}

/// A frame object for interpreter frame `fi` and, through `f_back`, its callers.
pub fn frame_at(vm: &mut Vm, fi: usize) -> Value {
    let mut back = None;
    for i in 0..=fi {
        let locals = snapshot_locals(vm, i);
        let f = &vm.frames[i];
        let frame = PyFrame {
            code: f.code.clone(),
            lasti: vm.frame_lasti(i),
            globals: f.globals.clone(),
            builtins: f.builtins.clone(),
            locals,
            back: back.take(),
        };
        back = Some(Value::new_object(&vm.t.frame, frame));
    }
    back.expect("at least one frame")
}

/// A frame object for a traceback entry or a suspended generator (no caller; the locals
/// given, else none).
pub fn detached_frame(
    vm: &Vm,
    code: Rc<CodeInner>,
    lasti: usize,
    globals: Value,
    locals: Option<Value>,
) -> Value {
    let builtins = vm.builtins.clone();
    Value::new_object(
        &vm.t.frame,
        PyFrame {
            code,
            lasti,
            globals,
            builtins,
            locals: locals.unwrap_or_else(|| vm.dict()),
            back: None,
        },
    )
}

/// `sys._getframe([depth])`.
pub fn sys_getframe(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let depth = match args.first() {
        Some(d) => vm.index_value(d)?,
        None => 0,
    };
    let n = vm.frames.len() as i64;
    // A negative depth means the caller itself, as in CPython.
    let depth = depth.max(0);
    if depth >= n {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    Ok(frame_at(vm, (n - 1 - depth) as usize))
}

/// The `f_*` attributes.
pub fn attr(vm: &mut Vm, f: &Value, name: &str) -> Option<Value> {
    let fr = f.downcast::<PyFrame>()?;
    Some(match name {
        "f_code" => Value::new_object(&vm.t.code, PyCode(fr.code.clone())),
        "f_lineno" => vm.int(fr.code.bc.location(fr.lasti).line as i64),
        "f_lasti" => vm.int(fr.lasti as i64 * 2),
        "f_globals" => fr.globals.clone(),
        "f_builtins" => fr.builtins.clone(),
        "f_locals" => fr.locals.clone(),
        "f_back" => fr.back.clone().unwrap_or(vm.none.clone()),
        "f_trace" => vm.none.clone(),
        _ => return None,
    })
}

pub fn repr(f: &Value) -> String {
    let fr = f.downcast::<PyFrame>().expect("frame");
    format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        f.id(),
        fr.code.bc.filename,
        fr.code.bc.location(fr.lasti).line,
        fr.code.bc.name
    )
}
