package taint

import "github.com/mcpsec/mcplint/analyzers/rule"

// decide is one row of the table: the node kind, how taint crosses it,
// how in a phrase, and the fixture case.
func decide(node string, c rule.Crossing, how, fixtureCase string) rule.Decision {
	return rule.Decision{Node: node, Crossing: c, How: how, Case: fixtureCase}
}

// Conformance decides, for every expression and statement kind of go/ast,
// how the Go taint engine carries taint across it.
var Conformance = []rule.Decision{
	// expressions
	decide("BadExpr", rule.NotApplicable, "a syntax error: no value; the rest of the function is still analysed", ""),
	decide("Ident", rule.Propagates, "a variable read is the value last bound to it on this path (branches joined); a constant, a function name or a number or boolean carries nothing", "ident"),
	decide("BasicLit", rule.Blocks, "a literal is a constant", "basiclit"),
	decide("Ellipsis", rule.Propagates, "f(xs...) passes the slice's elements to the variadic parameter; a variadic parameter holds every argument in its place", "ellipsis"),
	decide("FuncLit", rule.Propagates, "a closure is walked where it is written, seeing the variables it captures; called (f(x), func(){...}(x), go/defer func(){...}()) its parameters are bound to the arguments and its returns are the call's value", "funclit"),
	decide("CompositeLit", rule.Propagates, "a struct, slice, array or map literal holds each element (field-insensitively: reading any part gives them)", "composite"),
	decide("ParenExpr", rule.Propagates, "its expression", "paren"),
	decide("SelectorExpr", rule.Propagates, "x.f is x's data (field-insensitive); a field of the typed argument struct names the argument; req.Params.Arguments is a source; pkg.Name is a package member; r.m as a method value carries r", "selector"),
	decide("IndexExpr", rule.Propagates, "m[k] and s[i] give the container's data (a constant key of the arguments map names the argument), and a check of the element vouches for that element only, never for the container; f[T] instantiates a generic function, which is then called with its summary", "index"),
	decide("IndexListExpr", rule.Propagates, "f[K, V] instantiates a generic function of several type parameters: the call uses its summary", "generic"),
	decide("SliceExpr", rule.Propagates, "s[i:j] is part of s", "slice"),
	decide("TypeAssertExpr", rule.Propagates, "x.(T) is x, unless T holds no text (numbers, booleans)", "typeassert"),
	decide("CallExpr", rule.Propagates, "a function of the package by its summary (which parameters and receiver reach which sinks and results, per result); another package's by its fact; library calls by the tables (sinks, sanitizers, cleaners, formatting); an interface method by every implementation in the package; an unknown call carries the taint of its receiver and arguments; a conversion is its operand", "call"),
	decide("StarExpr", rule.Propagates, "*p is what p points to (a store through p updates p's variable)", "star"),
	decide("UnaryExpr", rule.Propagates, "&x is x; <-ch is what was sent on ch; -x, ^x and !x give numbers and booleans, which carry nothing", "unary"),
	decide("BinaryExpr", rule.Propagates, "+ concatenates (tainted when either side is; an untainted left part fixes a URL's host); comparisons, && and || give booleans, arithmetic numbers: both block", "binary"),
	decide("KeyValueExpr", rule.Propagates, "in a literal, the value is held under its key; the key of a map literal is held too", "keyvalue"),
	decide("ArrayType", rule.NotApplicable, "a type: no run-time value (a conversion is handled as a call)", ""),
	decide("StructType", rule.NotApplicable, "a type: no run-time value", ""),
	decide("FuncType", rule.NotApplicable, "a type: no run-time value", ""),
	decide("InterfaceType", rule.NotApplicable, "a type: no run-time value", ""),
	decide("MapType", rule.NotApplicable, "a type: no run-time value", ""),
	decide("ChanType", rule.NotApplicable, "a type: no run-time value", ""),

	// statements
	decide("BadStmt", rule.NotApplicable, "a syntax error: no value; the statements around it are still analysed", ""),
	decide("DeclStmt", rule.Propagates, "var x, y = a, b binds each name to its value; const and type declarations hold constants and types", "decl"),
	decide("EmptyStmt", rule.NotApplicable, "does nothing", ""),
	decide("LabeledStmt", rule.Propagates, "its statement; break and continue to the label end the path like their unlabelled forms", "labeled"),
	decide("ExprStmt", rule.Propagates, "its expression is evaluated for its effects (sinks, stores through &x, channel sends); os.Exit, log.Fatal and panic end the path", "exprstmt"),
	decide("SendStmt", rule.Propagates, "ch <- v: the channel holds v, so a later receive gives it", "send"),
	decide("IncDecStmt", rule.Blocks, "x++ and x-- apply to numbers", "incdec"),
	decide("AssignStmt", rule.Propagates, "=, := bind each target to its value (strongly for a variable, weakly for a field, element or pointee); x, y := f() binds each target to f's result at that position; v, ok := m[k] and x.(T) bind v; op= (+=) keeps the old taint and adds the value's", "assign"),
	decide("GoStmt", rule.Propagates, "the call runs (a func literal is called in place with its arguments)", "go"),
	decide("DeferStmt", rule.Propagates, "the call runs, with arguments evaluated at the defer (a func literal is called in place)", "defer"),
	decide("ReturnStmt", rule.Propagates, "each result joins the function's summary at its position: which parameters (and receiver) reach it, or the handler input it read; a true result of a predicate or a nil error of a validator records what the path to it vouched for", "return"),
	decide("BranchStmt", rule.NotApplicable, "break, continue, goto and fallthrough move control only; the path that leaves does not reach the statements after it", ""),
	decide("BlockStmt", rule.Propagates, "its statements in order, in a nested scope", "block"),
	decide("IfStmt", rule.Propagates, "each branch runs on a copy of the state and the copies are joined; a guard clears its value in the branch where it holds, and after the if when the other branch returns; an allow-list pattern (regexp MatchString), a predicate or a validator's nil error clears it for the classes it vouches for", "if"),
	decide("CaseClause", rule.Propagates, "one branch of a switch, joined with the others; in a case of constants the switched variable is one of them", "switch"),
	decide("SwitchStmt", rule.Propagates, "init, then each clause as a branch; a tag compared with constants vouches for the tag in that clause; a tagless switch's cases are guards", "switch"),
	decide("TypeSwitchStmt", rule.Propagates, "x := v.(type) binds x to v in each clause, unless the clause's type holds no text", "typeswitch"),
	decide("CommClause", rule.Propagates, "one branch of a select: its receive binds the received value (what the channel holds)", "select"),
	decide("SelectStmt", rule.Propagates, "each communication clause is a branch, joined like a switch's", "select"),
	decide("ForStmt", rule.Propagates, "init, then condition, body and post walked twice (values assigned late in the body reach uses early in it) and joined with the state before the loop", "for"),
	decide("RangeStmt", rule.Propagates, "the value of a range over a string, slice, array, map or channel holds the container's data, as does a map's key; a slice's index and a range over an integer are numbers", "range"),
}
