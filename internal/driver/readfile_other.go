//go:build !(linux || darwin)

package driver

import "os"

func readFile(name string) ([]byte, error) { return os.ReadFile(name) }
