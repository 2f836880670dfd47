"""The command line: argparse front (`cli.main`), subcommands that use the core only (never Qt)."""
