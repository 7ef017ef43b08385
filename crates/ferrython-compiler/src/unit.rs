//! A code unit under construction: the instruction list of one scope with symbolic labels,
//! its tables (constants, names, local slots) and the pseudo-instructions that delimit
//! exception-handler regions. `assemble` turns it into a `CodeObject`.

use std::collections::HashMap;
use std::rc::Rc;

use ferrython_bytecode::{Constant, Location, Opcode};

/// A jump target, bound to an instruction index once its position is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub u32);

/// Index of a handler region in `Unit::handlers`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HandlerId(pub u32);

#[derive(Clone, Copy, Debug)]
pub enum InstrKind {
    Op(Opcode),
    /// Marks where a handler region starts; the stack depth here is the handler's depth.
    Setup(HandlerId),
}

#[derive(Clone, Copy, Debug)]
pub struct Instr {
    pub kind: InstrKind,
    pub arg: u32,
    pub target: Option<Label>,
    pub loc: Location,
    /// The innermost handler region this instruction is protected by.
    pub handler: Option<HandlerId>,
}

#[derive(Clone, Copy, Debug)]
pub struct Handler {
    pub target: Label,
    pub setup_instr: usize,
    pub push_lasti: bool,
    /// Values on the stack at the setup point that the handler does not keep (the result
    /// of `__enter__`, which the `with` body consumes first).
    pub below: u32,
}

pub struct Unit {
    pub scope: usize,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub first_line: u32,
    pub instrs: Vec<Instr>,
    pub labels: Vec<Option<usize>>,
    pub handlers: Vec<Handler>,
    pub handler_stack: Vec<HandlerId>,
    pub consts: Vec<Constant>,
    pub names: Vec<Rc<str>>,
    name_index: HashMap<Rc<str>, u32>,
    pub varnames: Vec<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    /// name -> local slot index for plain fast locals of this scope.
    pub fast: HashMap<String, u32>,
    /// name -> cell index (into `cellvars`) of this scope.
    pub cells: HashMap<String, u32>,
    /// name -> free index (into `freevars`).
    pub frees: HashMap<String, u32>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub loc: Location,
    pub docstring: Option<Rc<str>>,
    /// Hidden slots of inlined comprehensions currently being compiled: (scope id, name -> slot).
    pub inlined: Vec<(usize, HashMap<String, Slot>)>,
    /// The innermost enclosing class name, for private name mangling.
    pub private: Option<Rc<str>>,
}

/// A fast-local slot of the unit: before assembly, cells and frees are numbered separately
/// because the final slot index depends on how many plain locals there are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    Fast(u32),
    Cell(u32),
    Free(u32),
}

impl Unit {
    pub fn new(scope: usize, name: &str, qualname: &str, first_line: u32) -> Unit {
        Unit {
            scope,
            name: name.into(),
            qualname: qualname.into(),
            first_line,
            instrs: Vec::new(),
            labels: Vec::new(),
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            fast: HashMap::new(),
            cells: HashMap::new(),
            frees: HashMap::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            loc: Location {
                line: first_line,
                end_line: first_line,
                col: 0,
                end_col: 0,
            },
            docstring: None,
            inlined: Vec::new(),
            private: None,
        }
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, l: Label) {
        self.labels[l.0 as usize] = Some(self.instrs.len());
    }

    fn push_instr(&mut self, kind: InstrKind, arg: u32, target: Option<Label>) {
        let handler = self.handler_stack.last().copied();
        self.instrs.push(Instr {
            kind,
            arg,
            target,
            loc: self.loc,
            handler,
        });
    }

    pub fn emit(&mut self, op: Opcode, arg: u32) {
        self.push_instr(InstrKind::Op(op), arg, None);
    }

    pub fn emit_jump(&mut self, op: Opcode, target: Label) {
        self.push_instr(InstrKind::Op(op), 0, Some(target));
    }

    /// Opens a handler region jumping to `target`.
    pub fn push_handler(&mut self, target: Label, push_lasti: bool) {
        self.push_handler_below(target, push_lasti, 0);
    }

    /// Opens a handler region whose stack depth leaves out the top `below` values present
    /// at this point.
    pub fn push_handler_below(&mut self, target: Label, push_lasti: bool, below: u32) {
        let id = HandlerId(self.handlers.len() as u32);
        self.handlers.push(Handler {
            target,
            setup_instr: self.instrs.len(),
            push_lasti,
            below,
        });
        self.push_instr(InstrKind::Setup(id), 0, Some(target));
        self.handler_stack.push(id);
    }

    pub fn pop_handler(&mut self) {
        self.handler_stack.pop();
    }

    pub fn add_const(&mut self, c: Constant) -> u32 {
        if !matches!(c, Constant::Code(_))
            && let Some(i) = self.consts.iter().position(|x| *x == c)
        {
            return i as u32;
        }
        self.consts.push(c);
        self.consts.len() as u32 - 1
    }

    pub fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Opcode::LOAD_CONST, i);
    }

    pub fn add_name(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.name_index.get(name) {
            return i;
        }
        let rc: Rc<str> = name.into();
        self.names.push(rc.clone());
        self.name_index.insert(rc, self.names.len() as u32 - 1);
        self.names.len() as u32 - 1
    }

    pub fn add_fast(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.fast.get(name) {
            return i;
        }
        let i = self.varnames.len() as u32;
        self.varnames.push(name.into());
        self.fast.insert(name.to_string(), i);
        i
    }

    /// A fresh anonymous fast slot (not findable by name), for inlined comprehensions.
    pub fn add_hidden_fast(&mut self, name: &str) -> u32 {
        let i = self.varnames.len() as u32;
        self.varnames.push(name.into());
        i
    }

    pub fn add_hidden_cell(&mut self, name: &str) -> u32 {
        let i = self.cellvars.len() as u32;
        self.cellvars.push(name.into());
        i
    }

    pub fn add_cell(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.cells.get(name) {
            return i;
        }
        let i = self.cellvars.len() as u32;
        self.cellvars.push(name.into());
        self.cells.insert(name.to_string(), i);
        i
    }

    pub fn add_free(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.frees.get(name) {
            return i;
        }
        let i = self.freevars.len() as u32;
        self.freevars.push(name.into());
        self.frees.insert(name.to_string(), i);
        i
    }
}
