package terraform

import (
	"path"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/bricklint/bricklint/analyzers/facts"
	"github.com/bricklint/bricklint/analyzers/source"
)

// program is the configuration a unit reaches: its root module directory,
// the local child modules it calls (the driver adds their files as
// context), and the instances of each.
type program struct {
	dirs map[string][]*tfFile
	// owner is the module directory a file belongs to: its own directory,
	// or for a folder of tfvars (env/prod.tfvars) the nearest directory
	// above it that holds .tf files.
	owner     map[*tfFile]string
	instances map[string][]*module
	others    map[string]*source.File // files of other formats: templates
	templates map[string]*tfFile
}

// maxModuleDepth bounds the chain of module blocks followed from the root
// (the driver stops at the same depth).
const maxModuleDepth = 8

// metaArguments are the arguments of a module block that are not inputs.
var metaArguments = map[string]bool{
	"source": true, "version": true, "count": true, "for_each": true, "providers": true, "depends_on": true,
}

func newProgram(files []*tfFile, others map[string]*source.File) *program {
	p := &program{
		dirs:      map[string][]*tfFile{},
		owner:     map[*tfFile]string{},
		instances: map[string][]*module{},
		others:    others,
		templates: map[string]*tfFile{},
	}
	config := map[string]bool{}
	var order []string
	for _, f := range files {
		dir := path.Dir(f.src.Path)
		if _, seen := p.dirs[dir]; !seen {
			order = append(order, dir)
		}
		p.dirs[dir] = append(p.dirs[dir], f)
		if !f.tfvars {
			config[dir] = true
		}
	}
	for _, f := range files {
		p.owner[f] = path.Dir(f.src.Path)
		if !config[p.owner[f]] {
			if d, ok := enclosing(p.owner[f], config); ok {
				p.owner[f] = d
			}
		}
	}
	if len(files) == 0 {
		return p
	}
	// The unit's first file is one the driver was asked about: its module is
	// the root, the others are context.
	root := p.owner[files[0]]
	auto := autoTfvars(p.dirs[root])
	queue := []*module{p.newModule(root, auto)}
	var varFiles []*tfFile
	for _, f := range files {
		if f.tfvars && p.owner[f] == root && !(path.Dir(f.src.Path) == root && autoLoaded(f.src.Path)) {
			varFiles = append(varFiles, f)
		}
	}
	slices.SortFunc(varFiles, func(a, b *tfFile) int { return strings.Compare(a.src.Path, b.src.Path) })
	if len(varFiles) > maxInstances {
		varFiles = varFiles[:maxInstances] // each costs a build of the module
	}
	for _, vf := range varFiles {
		// Each -var-file is one way to plan the module, over the
		// auto-loaded values.
		queue = append(queue, p.newModule(root, auto, []*tfFile{vf}))
	}
	p.instances[root] = slices.Clone(queue)
	for len(queue) > 0 {
		m := queue[0]
		queue = queue[1:]
		queue = append(queue, p.call(m, config)...)
	}
	for _, dir := range order {
		if len(p.instances[dir]) == 0 {
			// Not reached from the root: read on its own, as Terraform would
			// plan it.
			p.instances[dir] = []*module{p.newModule(dir, autoTfvars(p.dirs[dir]))}
		}
	}
	return p
}

// enclosing is the nearest directory above dir that holds a module.
func enclosing(dir string, config map[string]bool) (string, bool) {
	for dir != "." && dir != "/" && dir != "" {
		dir = path.Dir(dir)
		if config[dir] {
			return dir, true
		}
	}
	return "", false
}

// newModule is an instance of dir with these variable definitions files.
func (p *program) newModule(dir string, inputs ...[]*tfFile) *module {
	var files []*tfFile
	for _, f := range p.dirs[dir] {
		if !f.tfvars {
			files = append(files, f)
		}
	}
	m := newModule(dir, files, inputs...)
	m.prog = p
	return m
}

// call instantiates the local child modules that m's module blocks call,
// with their arguments as the child's variables; it returns the new
// instances, whose own calls are still to be made.
func (p *program) call(m *module, config map[string]bool) []*module {
	if m.depth >= maxModuleDepth {
		return nil
	}
	var out []*module
	for _, f := range p.dirs[m.dir] {
		if f.tfvars {
			continue
		}
		for _, blk := range f.blocks {
			if blk.Type != "module" || len(blk.Labels) != 1 {
				continue
			}
			attrs, _ := attributes(blk.Body)
			var src string
			for _, a := range attrs {
				if a.Name == "source" {
					if v := m.eval(a.Expr, f, false); v.Kind() == facts.Literal {
						src = v.Text()
					}
				}
			}
			if !strings.HasPrefix(src, "./") && !strings.HasPrefix(src, "../") {
				continue // a registry or remote module: not in the repository
			}
			dir := path.Join(m.dir, src)
			if !config[dir] || dir == m.dir || slices.Contains(m.calls, dir) || len(p.instances[dir]) >= maxInstances {
				continue
			}
			for _, caller := range m.callers(attrs, f) {
				child := p.newModule(dir)
				child.depth, child.calls = m.depth+1, append(slices.Clip(m.calls), m.dir)
				for _, a := range attrs {
					if !metaArguments[a.Name] {
						child.vars[a.Name] = binding{a.Expr, f, caller}
					}
				}
				if m.children == nil {
					m.children = map[string]*module{}
				}
				if _, dup := m.children[blk.Labels[0]]; !dup {
					m.children[blk.Labels[0]] = child // module.x.out reads the first instance
				}
				p.instances[dir] = append(p.instances[dir], child)
				out = append(out, child)
			}
		}
	}
	return out
}

// callers are the instances of m in which a module block's arguments are
// evaluated: m itself, or one per element of the block's known for_each.
func (m *module) callers(attrs []*hcl.Attribute, f *tfFile) []*module {
	for _, a := range attrs {
		if a.Name != "for_each" {
			continue
		}
		elems, ok := m.forEachItems(a.Expr, f)
		if !ok || len(elems) == 0 || len(elems) > maxInstances {
			return []*module{m}
		}
		var out []*module
		for _, e := range elems {
			if !e.key.IsKnown() {
				return []*module{m}
			}
			c := *m
			c.memo, c.active, c.each = map[string]resolution{}, map[string]bool{}, &instance{value: e.value, key: e.key}
			out = append(out, &c)
		}
		return out
	}
	return []*module{m}
}

// outputs returns the value expressions of a module's output blocks.
func (m *module) output(name string) (binding, bool) {
	for _, f := range m.prog.dirs[m.dir] {
		if f.tfvars {
			continue
		}
		for _, blk := range f.blocks {
			if blk.Type != "output" || len(blk.Labels) != 1 || blk.Labels[0] != name {
				continue
			}
			attrs, _ := attributes(blk.Body)
			for _, a := range attrs {
				if a.Name == "value" {
					return binding{a.Expr, f, m}, true
				}
			}
		}
	}
	return binding{}, false
}

// template parses a file read by templatefile(), relative to the module,
// once; nil when it is not in the unit.
func (p *program) template(name string) *tfFile {
	if t, ok := p.templates[name]; ok {
		return t
	}
	var t *tfFile
	if sf, ok := p.others[name]; ok {
		t = &tfFile{src: sf}
		if expr, diags := hclsyntax.ParseTemplate(sf.Src, sf.Path, hcl.InitialPos); !diags.HasErrors() {
			t.tmpl = expr
		}
	}
	p.templates[name] = t
	return t
}
