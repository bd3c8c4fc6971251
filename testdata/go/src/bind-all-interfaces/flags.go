package main

import (
	"fmt"
	"net/http"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"
	"github.com/urfave/cli/v2"
)

// urfave/cli: a flag declared as a struct literal and read back by name.
func urfaveApp(h http.Handler) *cli.App {
	return &cli.App{
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "addr", Value: ":8080"},
			// Good: this flag defaults to loopback.
			&cli.StringFlag{Name: "local-addr", Value: "127.0.0.1:8080"},
		},
		Action: func(c *cli.Context) error {
			go http.ListenAndServe(c.String("local-addr"), h) // Good: loopback unless the user says otherwise.
			return http.ListenAndServe(c.String("addr"), h)   // want `all interfaces \(":8080", the default of flag "addr"\)`
		},
	}
}

// urfave/cli: a flag that fills a variable through Destination.
func urfaveDestination(h http.Handler) *cli.App {
	var listen string
	var local string
	return &cli.App{
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "listen", Value: "0.0.0.0:9000", Destination: &listen},
			&cli.StringFlag{Name: "local", Value: "localhost:9000", Destination: &local},
		},
		Action: func(*cli.Context) error {
			go http.ListenAndServe(local, h)      // Good: the flag defaults to loopback.
			return http.ListenAndServe(listen, h) // want `all interfaces \("0.0.0.0:9000", the default of flag "listen"\)`
		},
	}
}

// cobra: flags declared on the command and read back with GetString.
func cobraCommand(h http.Handler) *cobra.Command {
	cmd := &cobra.Command{Use: "serve"}
	cmd.Flags().String("host", "0.0.0.0", "listen host")
	cmd.Flags().String("bind", "127.0.0.1", "listen host")
	var port string
	cmd.Flags().StringVarP(&port, "port", "p", "8080", "listen port")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		host, _ := cmd.Flags().GetString("host")
		bind, _ := cmd.Flags().GetString("bind")
		go http.ListenAndServe(bind+":"+port, h)     // Good: the host flag defaults to loopback.
		return http.ListenAndServe(host+":"+port, h) // want `all interfaces \("0.0.0.0:<port>", the default of flag "host"\)`
	}
	return cmd
}

// An address passed to a method is folded from the method's callers.
type mcpHTTP struct{ h http.Handler }

func (s *mcpHTTP) Start(addr string) error {
	return http.ListenAndServe(addr, s.h) // want `all interfaces \("0.0.0.0:<port>"\)`
}

// Good: every caller passes a loopback address.
func (s *mcpHTTP) StartLocal(addr string) error {
	return http.ListenAndServe(addr, s.h)
}

func runMethods(h http.Handler, port int) {
	s := &mcpHTTP{h: h}
	go s.Start(fmt.Sprintf("0.0.0.0:%d", port))
	s.StartLocal("127.0.0.1:7072")
}

// viper: a key with a default, and a key bound to a flag.
func viperConfig(h http.Handler, cmd *cobra.Command) {
	viper.SetDefault("viper-listen", ":7000")
	viper.SetDefault("local-listen", "127.0.0.1:7000")
	cmd.Flags().String("listen-host", "0.0.0.0", "bind host")
	_ = viper.BindPFlag("viper-host", cmd.Flags().Lookup("listen-host"))
	go http.ListenAndServe(viper.GetString("local-listen"), h)       // Good: the key defaults to loopback.
	go http.ListenAndServe(viper.GetString("viper-host")+":7001", h) // want `all interfaces \("0.0.0.0:7001", the default of flag "listen-host", bound to config key "viper-host"\)`
	http.ListenAndServe(viper.GetString("viper-listen"), h)          // want `all interfaces \(":7000", the default of config key "viper-listen" given by viper.SetDefault, used unless the configuration sets the key\)`
}
