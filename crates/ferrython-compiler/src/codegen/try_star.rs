//! Code generation for `try` with `except*` clauses (PEP 654).
//!
//! The exception being handled is split clause by clause: `CHECK_EG_MATCH` leaves the part
//! that matches the clause's types (wrapped in an ExceptionGroup when a naked exception
//! matches) and the rest, which the next clause sees. The state lives in hidden fast slots:
//! the original exception, the unmatched rest, and the list of exceptions the handler bodies
//! raised. After the last clause the `PrepReraiseStar` intrinsic combines what was raised and
//! what was left unhandled into the exception to re-raise, or None.

use ferrython_bytecode::{Constant, Intrinsic1, Opcode};
use ruff_python_ast as ast;

use super::{CResult, Compiler, Ctx, FBlock, err};

impl<'a> Compiler<'a> {
    pub(super) fn try_star(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let handler = self.label();
        let end = self.label();
        let cleanup = self.label();
        self.u().push_handler(handler, false);
        self.fblocks.last_mut().unwrap().push(FBlock::TryExcept);
        self.stmts(&t.body)?;
        self.fblocks.last_mut().unwrap().pop();
        self.u().pop_handler();
        self.stmts(&t.orelse)?;
        self.jump(Opcode::JUMP, end);

        // [exc]
        self.bind(handler);
        self.u().push_handler(cleanup, false);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        // [prev, exc]
        let orig = self.u().add_hidden_fast("$eg_orig");
        let rest = self.u().add_hidden_fast("$eg_rest");
        let raised = self.u().add_hidden_fast("$eg_raised");
        let matched = self.u().add_hidden_fast("$eg_match");
        self.emit(Opcode::COPY, 1);
        self.emit(Opcode::STORE_FAST, orig);
        self.emit(Opcode::STORE_FAST, rest);
        self.emit(Opcode::BUILD_LIST, 0);
        self.emit(Opcode::STORE_FAST, raised);
        // [prev]
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            let next = self.label();
            let Some(ty) = &h.type_ else {
                return err("expected one or more exception types", h.range);
            };
            self.emit(Opcode::LOAD_FAST, rest);
            self.expr(ty)?;
            self.set_loc(h.range);
            self.emit(Opcode::CHECK_EG_MATCH, 0);
            // [prev, rest, match]
            self.emit(Opcode::STORE_FAST, matched);
            self.emit(Opcode::STORE_FAST, rest);
            self.emit(Opcode::LOAD_FAST, matched);
            self.jump(Opcode::POP_JUMP_IF_NONE, next);
            // The matched group is the exception being handled inside the clause body.
            self.emit(Opcode::LOAD_FAST, matched);
            self.emit(Opcode::PUSH_EXC_INFO, 0);
            self.emit(Opcode::POP_TOP, 0);
            // [prev, orig_handled]
            let body_raised = self.label();
            let done = self.label();
            self.u().push_handler(body_raised, false);
            if let Some(name) = &h.name {
                self.emit(Opcode::LOAD_FAST, matched);
                self.store_name(&name.id)?;
            }
            self.fblocks.last_mut().unwrap().push(FBlock::ExceptStar);
            self.stmts(&h.body)?;
            self.fblocks.last_mut().unwrap().pop();
            self.u().pop_handler();
            self.emit(Opcode::POP_EXCEPT, 0);
            self.jump(Opcode::JUMP, done);
            // An exception escaped the clause body: [prev, orig_handled, exc2]
            self.bind(body_raised);
            self.emit(Opcode::LOAD_FAST, raised);
            self.emit(Opcode::SWAP, 2);
            self.emit(Opcode::LIST_APPEND, 1);
            self.emit(Opcode::POP_TOP, 0);
            self.emit(Opcode::POP_EXCEPT, 0);
            self.bind(done);
            if let Some(name) = &h.name {
                self.load_const(Constant::None);
                self.store_name(&name.id)?;
                self.name_op(&name.id, Ctx::Del, h.range)?;
            }
            self.bind(next);
        }
        // [prev]
        self.emit(Opcode::LOAD_FAST, orig);
        self.emit(Opcode::LOAD_FAST, raised);
        self.emit(Opcode::LOAD_FAST, rest);
        self.emit(Opcode::BUILD_TUPLE, 3);
        self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::PrepReraiseStar as u32);
        for slot in [orig, rest, raised, matched] {
            self.load_const(Constant::None);
            self.emit(Opcode::STORE_FAST, slot);
        }
        let nothing_left = self.label();
        self.emit(Opcode::COPY, 1);
        self.jump(Opcode::POP_JUMP_IF_NONE, nothing_left);
        // [prev, to_raise]
        self.emit(Opcode::RERAISE, 0);
        self.bind(nothing_left);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.u().pop_handler();
        self.jump(Opcode::JUMP, end);
        self.bind(cleanup);
        // [prev, exc2]
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 1);
        self.bind(end);
        Ok(())
    }
}
