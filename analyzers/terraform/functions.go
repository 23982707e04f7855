package terraform

import (
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// builtins are Terraform's built-in functions
// (https://developer.hashicorp.com/terraform/language/functions). hcl fails
// the whole evaluation on an unknown function name, which would lose the
// literal text around the call, so each gets a stub.
var builtins = []string{
	"abs", "abspath", "alltrue", "anytrue", "base64decode", "base64encode", "base64gzip", "base64sha256",
	"base64sha512", "basename", "bcrypt", "can", "ceil", "chomp", "chunklist", "cidrhost", "cidrnetmask",
	"cidrsubnet", "cidrsubnets", "coalesce", "coalescelist", "compact", "concat", "contains", "csvdecode",
	"dirname", "distinct", "element", "endswith", "ephemeralasnull", "file", "filebase64", "filebase64sha256",
	"filebase64sha512", "fileexists", "filemd5", "fileset", "filesha1", "filesha256", "filesha512", "flatten",
	"floor", "format", "formatdate", "formatlist", "indent", "index", "issensitive", "join", "jsondecode",
	"jsonencode", "keys", "length", "log", "lookup", "lower", "matchkeys", "max", "md5", "merge", "min",
	"nonsensitive", "one", "parseint", "pathexpand", "plantimestamp", "pow", "range", "regex", "regexall",
	"replace", "reverse", "rsadecrypt", "sensitive", "setintersection", "setproduct", "setsubtract",
	"setunion", "sha1", "sha256", "sha512", "signum", "slice", "sort", "split", "startswith", "strcontains",
	"strrev", "substr", "sum", "templatefile", "templatestring", "textdecodebase64", "textencodebase64",
	"timeadd", "timecmp", "timestamp", "title", "tobool", "tolist", "tomap", "tonumber", "toset", "tostring",
	"transpose", "trim", "trimprefix", "trimspace", "trimsuffix", "try", "type", "upper", "urlencode", "uuid",
	"uuidv5", "values", "yamldecode", "yamlencode", "zipmap",
}

// passThrough are the functions whose result is their argument as far as a
// rule cares: sensitive("x") is still the literal "x".
var passThrough = map[string]bool{"sensitive": true, "nonsensitive": true, "tostring": true}

// placing are builtins evaluated for real: they only place their arguments
// into a string, so literal text keeps its value and sentinels pass through
// unchanged (format("jdbc:...;password=%s", var.pw) folds like a template).
// Functions that transform text (upper, replace...) would mangle sentinels
// and stay stubs.
var placing = map[string]function.Function{"format": stdlib.FormatFunc, "join": stdlib.JoinFunc}

// anyArg accepts every argument hcl can produce, so the stub always runs and
// the result is never unknown (an unknown would blank the whole template).
var anyArg = function.Parameter{
	Name: "arg", Type: cty.DynamicPseudoType,
	AllowUnknown: true, AllowNull: true, AllowDynamicType: true, AllowMarked: true,
}

// stubs are the functions of the sentinel evaluation context.
var stubs = func() map[string]function.Function {
	fns := make(map[string]function.Function, len(builtins))
	for _, name := range builtins {
		marker := cty.StringVal(sentinelPrefix + name + "()\x00")
		fns[name] = function.New(&function.Spec{
			VarParam: &anyArg,
			Type:     function.StaticReturnType(cty.String),
			Impl:     func([]cty.Value, cty.Type) (cty.Value, error) { return marker, nil },
		})
	}
	identity := function.New(&function.Spec{
		Params: []function.Parameter{anyArg},
		Type:   func(args []cty.Value) (cty.Type, error) { return args[0].Type(), nil },
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			v, _ := args[0].Unmark()
			return v, nil
		},
	})
	for name, real := range placing {
		marker := cty.StringVal(sentinelPrefix + name + "()\x00")
		fns[name] = function.New(&function.Spec{
			VarParam: &anyArg,
			Type:     function.StaticReturnType(cty.String),
			Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
				for i := range args {
					args[i], _ = args[i].UnmarkDeep()
					if args[i].Type().IsTupleType() { // ["a", var.b] is a tuple; join wants a list
						if l, err := convert.Convert(args[i], cty.List(cty.String)); err == nil {
							args[i] = l
						}
					}
				}
				v, err := real.Call(args)
				if err != nil || !v.IsWhollyKnown() || v.Type() != cty.String {
					return marker, nil
				}
				return v, nil
			},
		})
	}
	fns["sensitive"], fns["nonsensitive"] = identity, identity
	fns["tostring"] = function.New(&function.Spec{
		Params: []function.Parameter{anyArg},
		Type:   function.StaticReturnType(cty.String),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			v, _ := args[0].Unmark()
			if s, err := convert.Convert(v, cty.String); err == nil && s.IsWhollyKnown() {
				return s, nil
			}
			return cty.StringVal(sentinelPrefix + "tostring()\x00"), nil
		},
	})
	return fns
}()
