package python

import "github.com/mcpsec/mcplint/langs/engine"

func propagates(node, fixtureCase, how string) engine.Decision {
	return engine.Decision{Node: node, Crossing: engine.Propagates, How: how, Case: fixtureCase}
}

func blocks(node, fixtureCase, how string) engine.Decision {
	return engine.Decision{Node: node, Crossing: engine.Blocks, How: how, Case: fixtureCase}
}

func notApplicable(node, how string) engine.Decision {
	return engine.Decision{Node: node, Crossing: engine.NotApplicable, How: how}
}

const (
	typeOnly  = "a type annotation: it does not change the value at run time (a parameter typed int, bool, float or an enum is no source)"
	token     = "a literal token: a constant"
	nameOnly  = "a name, read as part of the construct that holds it"
	patternNA = "part of a match pattern (see match_statement)"
	py2       = "Python 2 syntax the grammar still accepts; MCP servers are Python 3"
)

// conformance decides, for every named node type of the Python grammar,
// how taint crosses it. Cases are in testdata/conformance/python.
var conformance = []engine.Decision{
	// expressions
	propagates("identifier", "identifier", "a variable read is the value last bound to it in the scope chain"),
	notApplicable("string_start", token),
	notApplicable("string_content", token),
	notApplicable("string_end", token),
	notApplicable("escape_sequence", "a constant character, decoded"),
	notApplicable("escape_interpolation", "{{ or }} in an f-string: a constant brace"),
	notApplicable("integer", token),
	notApplicable("float", token),
	notApplicable("true", token),
	notApplicable("false", token),
	notApplicable("none", token),
	notApplicable("ellipsis", token),
	propagates("string", "fstring", "a plain string is a constant; an f-string is the concatenation of its parts, tainted when an interpolation is"),
	propagates("interpolation", "fstring", "the value of its expression; the conversion and format spec do not change whether it is tainted"),
	notApplicable("type_conversion", "!r, !s, !a in an f-string: formats the value it follows"),
	notApplicable("format_specifier", "the format spec of an f-string interpolation: formats the value it follows"),
	notApplicable("format_expression", "an expression nested in a format spec: sets width or precision"),
	propagates("concatenated_string", "concatenated", "adjacent literals concatenate: tainted when a part is"),
	propagates("binary_operator", "binary", "+ concatenates, % formats, / joins paths (tainted when either side is); other arithmetic gives numbers, which block"),
	propagates("boolean_operator", "boolean", "or gives either side (a known fallback keeps the other side's taint); and gives its right side"),
	blocks("comparison_operator", "boolean", "==, <, in, is give booleans"),
	blocks("not_operator", "boolean", "gives a boolean"),
	blocks("unary_operator", "boolean", "-, +, ~ give numbers"),
	propagates("conditional_expression", "conditional", "either branch; the condition does not flow"),
	propagates("parenthesized_expression", "wrappers", "its expression"),
	propagates("await", "wrappers", "the awaited value (a coroutine is its result)"),
	propagates("named_expression", "wrappers", "(x := v) binds x to v and gives v"),
	propagates("attribute", "member", "an attribute of a tainted value is tainted; a method of a tainted value returns it (str.strip) unless a model says otherwise; an attribute of an object is what was assigned to it"),
	propagates("subscript", "member", "a constant key reads that item; an unknown key of a tainted value is tainted; an unknown key of a table gives any of its entries (dispatch)"),
	propagates("slice", "member", "v[1:] is part of v: tainted like it"),
	propagates("call", "call", "a project function is interpreted with its arguments (summaries per argument taint); a library call follows its model (propagate, sanitize, resolve), else its result carries the taint of its arguments and receiver, except a method of an untainted library object, whose result is that object's data"),
	propagates("argument_list", "call", "each argument is evaluated and bound to the callee's parameters"),
	propagates("keyword_argument", "call", "bound to the parameter of that name"),
	propagates("list_splat", "call", "f(*xs) passes each element of xs; [*xs] holds them"),
	propagates("dictionary_splat", "call", "f(**kw) passes each item of kw by name; {**d} holds d's items"),
	propagates("generator_expression", "call", "its elements: the values of its body"),
	propagates("list", "collections", "holds each element; a read of one gives it, join gives all"),
	propagates("tuple", "collections", "holds each element, like a list"),
	propagates("set", "collections", "holds each element, like a list"),
	propagates("dictionary", "collections", "each key holds its value; reading it back gives that value"),
	propagates("pair", "collections", "the value under its key"),
	propagates("expression_list", "loops", "return a, b and a, b = x, y: a tuple of its elements"),
	notApplicable("parenthesized_list_splat", "(*xs) on its own is not valid Python 3; inside a tuple or call it is a list_splat"),
	propagates("list_comprehension", "comprehensions", "its elements are the values of its body, with the loop variable bound to an element of the iterable"),
	propagates("set_comprehension", "comprehensions", "like a list comprehension"),
	propagates("dictionary_comprehension", "comprehensions", "its values are the body's values"),
	propagates("for_in_clause", "comprehensions", "binds the loop variable to an element of the iterable"),
	notApplicable("if_clause", "a filter: decides which elements are kept, not what they hold; a variable holding the elements a check rejects (bad = [s for s in xs if not ok(s)]) is that check on xs where it is empty (if bad: return)"),
	propagates("lambda", "lambda", "a function value; a call interprets its body with the arguments"),
	propagates("lambda_parameters", "lambda", "bound to the call's arguments (defaults when missing)"),
	propagates("yield", "generator", "a generator's yielded values are what calling it gives"),

	// statements
	propagates("module", "assignment", "the top level runs once: imports, constants, definitions and registrations"),
	propagates("block", "branches", "its statements in order"),
	propagates("expression_statement", "assignment", "its expression is evaluated for its effects"),
	propagates("assignment", "assignment", "binds the target (name, attribute, item, or unpacked pattern) to the value; a chained a = b = v binds both"),
	propagates("augmented_assignment", "assignment", "x += v concatenates: x carries v's taint"),
	propagates("if_statement", "branches", "each branch runs on a copy of the scope; the scopes are joined after it; a branch that returns or raises does not reach the join, so a guard's failing branch clears its value after the if"),
	propagates("elif_clause", "branches", "a further branch, joined like the others"),
	propagates("else_clause", "branches", "the last branch, joined like the others"),
	propagates("for_statement", "loops", "binds the target to an element of the iterable and runs the body once"),
	propagates("while_statement", "loops", "the condition and the body run once"),
	notApplicable("break_statement", "control flow only: leaves the loop"),
	notApplicable("continue_statement", "control flow only"),
	notApplicable("pass_statement", "does nothing"),
	propagates("return_statement", "call", "its value joins the function's result"),
	propagates("try_statement", "exceptions", "the body, handlers, else and finally run in order; a handler that leaves makes the body's guards hold after the try"),
	propagates("except_clause", "exceptions", "a branch joined after the try; the name bound by as is what the try body raised, also inside the project functions it called (an exception a library raises is not the argument)"),
	propagates("except_group_clause", "exceptions", "like except_clause"),
	propagates("finally_clause", "exceptions", "its statements run"),
	notApplicable("raise_statement", "ends the branch; its value is an exception, which no sink reads"),
	notApplicable("assert_statement", "a check; a failing assert raises (it is not taken as a guard: asserts can be compiled out)"),
	propagates("with_statement", "with", "its items, then its body"),
	notApplicable("with_clause", "groups the items of a with"),
	propagates("with_item", "with", "the alias is bound to what __enter__ returns: for an instance of a project class that defines it, the method is interpreted; otherwise the context expression's value (open() and library managers return themselves)"),
	propagates("as_pattern", "with", "with x as y binds y to x's value; in a match, see match_statement"),
	propagates("as_pattern_target", "with", "the name an as binds"),
	propagates("function_definition", "call", "a function value whose body is interpreted when it is called (and once, untainted, for the exposure checks)"),
	propagates("parameters", "call", "bound to the call's arguments; a handler's parameters are its sources"),
	propagates("default_parameter", "call", "the default is the value when the argument is missing"),
	propagates("typed_parameter", "types", "bound to the argument; a safe type (int, bool, float, an enum, a Literal) makes a handler parameter no source"),
	propagates("typed_default_parameter", "types", "like typed_parameter, with a default"),
	propagates("list_splat_pattern", "types", "*args holds the remaining positional arguments"),
	propagates("dictionary_splat_pattern", "types", "**kw holds the remaining keyword arguments by name"),
	notApplicable("keyword_separator", "a bare * in a parameter list"),
	notApplicable("positional_separator", "a / in a parameter list"),
	propagates("class_definition", "with", "a class value: instances share one abstract object whose attributes every method sees"),
	propagates("decorated_definition", "identifier", "the definition, registered as a handler when a decorator matches an SDK shape"),
	notApplicable("decorator", "read to recognise handler registrations; its value is not data"),
	notApplicable("global_statement", "declares a name module-level; the module's binding is what later reads see"),
	notApplicable("nonlocal_statement", "declares a name of the enclosing function, whose binding a closure reads"),
	notApplicable("delete_statement", "removes a binding; no value flows"),
	propagates("import_statement", "scopes", "binds the module's name: a project module's bindings, else the qualified library name"),
	propagates("import_from_statement", "scopes", "binds each imported name to the project definition, or to the qualified library name"),
	notApplicable("aliased_import", "part of an import: the local name"),
	notApplicable("wildcard_import", "from m import *: every name of a project module is bound"),
	notApplicable("relative_import", "part of an import: resolved against the importing file"),
	notApplicable("import_prefix", "the dots of a relative import"),
	notApplicable("future_import_statement", "compiler directive"),
	notApplicable("dotted_name", nameOnly),
	notApplicable("type_alias_statement", typeOnly),
	notApplicable("print_statement", py2),
	notApplicable("exec_statement", py2),
	notApplicable("chevron", py2),
	notApplicable("line_continuation", "a backslash at the end of a line"),
	notApplicable("comment", "not code"),

	// match statement and patterns
	propagates("match_statement", "match", "each case runs on a copy of the scope with its capture names bound to the parts of the subject they match; the copies are joined after it"),
	propagates("case_clause", "match", "its patterns bind, its guard is evaluated, its body runs; a body that returns or raises does not reach the join"),
	propagates("case_pattern", "match", "holds a pattern matched against the same value"),
	propagates("class_pattern", "match", "Cls(p) matches p against the value; Cls(k=p) matches p against its attribute k"),
	propagates("dict_pattern", "match", "{\"k\": p} matches p against the item under k; **rest binds the mapping"),
	propagates("keyword_pattern", "match", "k=p matches p against attribute k of the value"),
	propagates("splat_pattern", "match", "*rest and **rest bind the remaining elements or items"),
	propagates("union_pattern", "match", "each alternative is matched against the same value"),
	blocks("complex_pattern", "match", "a complex-number literal pattern: binds nothing"),
	propagates("list_pattern", "loops", "[a, b] = xs binds each name to the element at its position (or the whole taint); in a match, see match_statement"),
	propagates("tuple_pattern", "loops", "(a, b) = xs binds like list_pattern"),
	propagates("pattern_list", "loops", "a, b = xs binds like list_pattern"),

	// types
	notApplicable("type", typeOnly),
	notApplicable("generic_type", typeOnly),
	notApplicable("union_type", typeOnly),
	notApplicable("member_type", typeOnly),
	notApplicable("constrained_type", typeOnly),
	notApplicable("splat_type", typeOnly),
	notApplicable("type_parameter", typeOnly),
}
