//! Runtime code objects: the compiler's `CodeObject` plus its constants and names turned into
//! `Value`s once, when the code is first loaded, and a mutable copy of the instruction words
//! that specialised instructions rewrite in place.

use std::cell::Cell;

use ferrython_bytecode::{CodeObject, Constant};

use crate::value::Value;
use crate::vm::Vm;

/// A `LOAD_METHOD` cache entry: a plain method found on exactly `class`.
pub struct MethodEntry {
    pub class: Value,
    pub method: Value,
    /// The last instance shape checked not to hold an attribute shadowing the method.
    pub unshadowed: std::cell::RefCell<Option<std::rc::Rc<crate::objects::Shape>>>,
}

pub struct CodeInner {
    pub bc: CodeObject,
    pub consts: Vec<Value>,
    /// `bc.names` as interned str values.
    pub names: Vec<Value>,
    /// Instruction words; quickening rewrites opcodes and fills cache words.
    pub words: Vec<Cell<u32>>,
    pub nlocalsplus: usize,
    /// The entries of the `LOAD_METHOD` caches; the instruction's last cache word holds one
    /// plus its index here.
    pub methods: std::cell::RefCell<Vec<MethodEntry>>,
    /// Per name: one plus the entry position where `LOAD_NAME`/`STORE_NAME` last found it in
    /// the frame's locals dict (a hint, checked against the key's identity).
    pub name_hints: Vec<Cell<u32>>,
}

impl CodeInner {
    pub fn new(vm: &mut Vm, bc: CodeObject) -> CodeInner {
        let consts = bc.consts.iter().map(|c| vm.constant(c)).collect();
        let names: Vec<Value> = bc.names.iter().map(|n| vm.intern(n)).collect();
        let bc_names = names.len();
        let words = bc.code.iter().map(|w| Cell::new(*w)).collect();
        let nlocalsplus = bc.nlocalsplus();
        CodeInner {
            bc,
            consts,
            names,
            words,
            nlocalsplus,
            methods: Default::default(),
            name_hints: (0..bc_names).map(|_| Cell::new(0)).collect(),
        }
    }
}

impl Vm {
    /// Materialises a compile-time constant.
    pub fn constant(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => self.none.clone(),
            Constant::Ellipsis => self.ellipsis.clone(),
            Constant::Bool(b) => self.bool(*b),
            Constant::Int(i) => self.int(*i),
            Constant::BigInt(b) => self.bigint((**b).clone()),
            Constant::Float(f) => self.float(*f),
            Constant::Complex(re, im) => self.complex(*re, *im),
            Constant::Str(s) => self.intern(s),
            Constant::Bytes(b) => self.bytes(b.to_vec()),
            Constant::Tuple(items) => {
                let v: Vec<Value> = items.iter().map(|c| self.constant(c)).collect();
                self.tuple(v)
            }
            Constant::Code(code) => {
                let inner = CodeInner::new(self, clone_code(code));
                self.code(inner)
            }
        }
    }
}

/// The compiler hands out `Rc<CodeObject>` for nested code; the VM owns its own copy.
fn clone_code(c: &CodeObject) -> CodeObject {
    CodeObject {
        name: c.name.clone(),
        qualname: c.qualname.clone(),
        filename: c.filename.clone(),
        first_line: c.first_line,
        argcount: c.argcount,
        posonlyargcount: c.posonlyargcount,
        kwonlyargcount: c.kwonlyargcount,
        flags: c.flags,
        code: c.code.clone(),
        consts: c.consts.clone(),
        names: c.names.clone(),
        varnames: c.varnames.clone(),
        cellvars: c.cellvars.clone(),
        freevars: c.freevars.clone(),
        cell_args: c.cell_args.clone(),
        locations: c.locations.clone(),
        exception_table: c.exception_table.clone(),
        max_stack: c.max_stack,
        docstring: c.docstring.clone(),
        warnings: c.warnings.clone(),
    }
}
