package engine

/*
#include <stdint.h>
#include <stdbool.h>
#include <stdlib.h>

// The few tree-sitter API declarations the walker needs, matching api.h of
// the bundled runtime (github.com/smacker/go-tree-sitter links it into the
// binary). Declared here rather than included because the header lives in
// the module cache.
typedef struct { uint32_t context[4]; const void *id; const void *tree; } mcpl_TSNode;
typedef struct { const void *tree; const void *id; uint32_t context[3]; } mcpl_TSTreeCursor;

extern mcpl_TSNode ts_tree_root_node(const void *tree);
extern mcpl_TSTreeCursor ts_tree_cursor_new(mcpl_TSNode node);
extern void ts_tree_cursor_delete(mcpl_TSTreeCursor *c);
extern bool ts_tree_cursor_goto_first_child(mcpl_TSTreeCursor *c);
extern bool ts_tree_cursor_goto_next_sibling(mcpl_TSTreeCursor *c);
extern bool ts_tree_cursor_goto_parent(mcpl_TSTreeCursor *c);
extern mcpl_TSNode ts_tree_cursor_current_node(const mcpl_TSTreeCursor *c);
extern uint16_t ts_tree_cursor_current_field_id(const mcpl_TSTreeCursor *c);
extern uint16_t ts_node_symbol(mcpl_TSNode n);
extern uint32_t ts_node_start_byte(mcpl_TSNode n);
extern uint32_t ts_node_end_byte(mcpl_TSNode n);
extern bool ts_node_is_named(mcpl_TSNode n);
extern bool ts_node_is_missing(mcpl_TSNode n);
extern uint32_t ts_node_child_count(mcpl_TSNode n);

// One node of the flattened tree, in pre-order. depth lets Go rebuild the
// parent links.
typedef struct {
	uint32_t start, end, depth;
	uint16_t symbol, field;
	uint8_t named, missing;
} mcpl_flat;

// mcpl_flatten walks the whole tree in one call and returns a malloc'ed
// array of its nodes (NULL on allocation failure); *count receives their
// number. One cgo call per file instead of several per node.
static mcpl_flat *mcpl_flatten(const void *tree, uint32_t *count) {
	size_t cap = 1024, n = 0;
	mcpl_flat *out = malloc(cap * sizeof(mcpl_flat));
	if (!out) return NULL;
	mcpl_TSTreeCursor c = ts_tree_cursor_new(ts_tree_root_node(tree));
	uint32_t depth = 0;
	for (;;) {
		if (n == cap) {
			cap *= 2;
			mcpl_flat *grown = realloc(out, cap * sizeof(mcpl_flat));
			if (!grown) { free(out); ts_tree_cursor_delete(&c); return NULL; }
			out = grown;
		}
		mcpl_TSNode node = ts_tree_cursor_current_node(&c);
		mcpl_flat *f = &out[n++];
		f->start = ts_node_start_byte(node);
		f->end = ts_node_end_byte(node);
		f->depth = depth;
		f->symbol = ts_node_symbol(node);
		f->field = ts_tree_cursor_current_field_id(&c);
		f->named = ts_node_is_named(node);
		f->missing = ts_node_is_missing(node);
		if (ts_tree_cursor_goto_first_child(&c)) { depth++; continue; }
		while (!ts_tree_cursor_goto_next_sibling(&c)) {
			if (!ts_tree_cursor_goto_parent(&c)) {
				ts_tree_cursor_delete(&c);
				*count = (uint32_t)n;
				return out;
			}
			depth--;
		}
	}
}
*/
import "C"

import (
	"unsafe"

	sitter "github.com/smacker/go-tree-sitter"
)

// flatTree is the C-side flattening of a tree.
type flatNode = C.mcpl_flat

// treePointer returns the C TSTree behind a binding Tree. The binding keeps
// it in the first field of its exported BaseTree.
func treePointer(t *sitter.Tree) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Pointer(t.BaseTree))
}

// flatten lists the tree's nodes in one cgo call. The list is C memory,
// read in place: the caller builds its Go nodes from it and then calls
// free (a copy into Go memory first cost a tenth of the tree's copy).
func flatten(t *sitter.Tree) (nodes []flatNode, free func()) {
	var count C.uint32_t
	p := C.mcpl_flatten(treePointer(t), &count)
	if p == nil {
		return nil, func() {}
	}
	return unsafe.Slice((*flatNode)(unsafe.Pointer(p)), int(count)), func() { C.free(unsafe.Pointer(p)) }
}
