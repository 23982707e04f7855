package config

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"

	"go.yaml.in/yaml/v3"
)

// Limits on hostile input: aliases can make a tiny file expand exponentially
// ("a: &a [*b, *b]" per level), and alias cycles or deep nesting would
// otherwise recurse without end. A real configuration has a few dozen nodes.
const (
	maxNodes = 100_000
	maxDepth = 64
)

// converter turns a yaml.Node tree into the JSON-like values jsonschema/v5
// validates: map[string]any, []any, string, json.Number, bool and nil.
// Problems the schema cannot express (duplicate keys, complex keys, merge
// keys, runaway aliases) are collected in errs.
type converter struct {
	path     string
	nodes    int
	tooLarge bool
	errs     Errors
}

func (c *converter) value(n *yaml.Node) any { return c.convert(n, 0) }

func (c *converter) convert(n *yaml.Node, depth int) any {
	c.nodes++
	if c.nodes > maxNodes || depth > maxDepth {
		if !c.tooLarge {
			c.tooLarge = true
			c.errs = append(c.errs, at(c.path, n, "configuration is nested too deeply or expands too many aliases"))
		}
		return nil
	}
	switch n.Kind {
	case yaml.AliasNode:
		if n.Alias == nil {
			return nil
		}
		return c.convert(n.Alias, depth+1)
	case yaml.MappingNode:
		m := make(map[string]any, len(n.Content)/2)
		first := map[string]*yaml.Node{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			key := resolveAlias(k)
			switch {
			case k.Tag == "!!merge":
				c.errs = append(c.errs, at(c.path, k, `merge keys ("<<") are not supported; write the keys out`))
				continue
			case key.Kind != yaml.ScalarNode:
				c.errs = append(c.errs, at(c.path, k, "a key must be a plain name, not a list or mapping"))
				continue
			case first[key.Value] != nil:
				c.errs = append(c.errs, at(c.path, k, fmt.Sprintf("duplicate key %q (first at line %d)", key.Value, first[key.Value].Line)))
				continue
			}
			first[key.Value] = k
			m[key.Value] = c.convert(v, depth+1)
		}
		return m
	case yaml.SequenceNode:
		list := make([]any, 0, len(n.Content))
		for _, item := range n.Content {
			list = append(list, c.convert(item, depth+1))
		}
		return list
	case yaml.ScalarNode:
		return scalar(n)
	}
	return nil
}

// scalar types a scalar by its resolved YAML tag. Numbers become json.Number
// so the schema sees integers as integers; anything without a JSON
// counterpart (timestamps, binary, custom tags, .inf) stays a string.
func scalar(n *yaml.Node) any {
	switch n.ShortTag() {
	case "!!null":
		return nil
	case "!!bool":
		var b bool
		if n.Decode(&b) == nil {
			return b
		}
	case "!!int":
		var v any
		if n.Decode(&v) == nil {
			return json.Number(fmt.Sprint(v)) // canonical decimal: 0x5A -> 90
		}
	case "!!float":
		var f float64
		if n.Decode(&f) == nil && !math.IsInf(f, 0) && !math.IsNaN(f) {
			return json.Number(strconv.FormatFloat(f, 'g', -1, 64))
		}
	}
	return n.Value
}

// resolveAlias follows alias nodes to the anchored node, giving up on cycles.
func resolveAlias(n *yaml.Node) *yaml.Node {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < maxDepth; i++ {
		n = n.Alias
	}
	return n
}

// lookup finds the node at a JSON pointer's segments below root, and the key
// node naming it when its parent is a mapping. When a segment is missing it
// returns the deepest node found, so an error still points somewhere near.
func lookup(root *yaml.Node, segments []string) (node, key *yaml.Node) {
	node = root
	for _, seg := range segments {
		parent := resolveAlias(node)
		switch parent.Kind {
		case yaml.MappingNode:
			found := false
			for i := 0; i+1 < len(parent.Content); i += 2 {
				if resolveAlias(parent.Content[i]).Value == seg {
					key, node, found = parent.Content[i], parent.Content[i+1], true
					break
				}
			}
			if !found {
				return node, nil
			}
		case yaml.SequenceNode:
			i, err := strconv.Atoi(seg)
			if err != nil || i < 0 || i >= len(parent.Content) {
				return node, nil
			}
			key, node = nil, parent.Content[i]
		default:
			return node, nil
		}
	}
	return node, key
}
