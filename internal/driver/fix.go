package driver

import (
	"fmt"
	"sort"
)

// ApplyEdits applies edits of one file to its content. Identical edits (the
// same fix reached twice) apply once; overlapping ones are an error.
func ApplyEdits(src []byte, edits []Edit) ([]byte, error) {
	edits = append([]Edit(nil), edits...)
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].StartOffset < edits[j].StartOffset })
	var out []byte
	last := 0
	for i, e := range edits {
		if i > 0 && e.StartOffset == edits[i-1].StartOffset && e.EndOffset == edits[i-1].EndOffset && e.NewText == edits[i-1].NewText {
			continue
		}
		if e.StartOffset < last || e.EndOffset > len(src) || e.EndOffset < e.StartOffset {
			return nil, fmt.Errorf("overlapping or out-of-range edit at offset %d", e.StartOffset)
		}
		out = append(out, src[last:e.StartOffset]...)
		out = append(out, e.NewText...)
		last = e.EndOffset
	}
	return append(out, src[last:]...), nil
}
