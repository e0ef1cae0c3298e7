package main

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3".
var version = ""

type versionOptions struct {
	*Factory
}

func newVersionCmd(f *Factory) *cobra.Command {
	opts := &versionOptions{Factory: f}
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version (also newsnlp --version)",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			return versionRun(cmd.Context(), opts)
		},
	}
}

func versionRun(_ context.Context, opts *versionOptions) error {
	_, err := fmt.Fprintln(opts.IO.Out, versionLine())
	return err
}

// versionLine is what `newsnlp version` and `newsnlp --version` print.
func versionLine() string {
	return fmt.Sprintf("newsnlp %s (%s, %s/%s)", buildVersion(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

func buildVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}
