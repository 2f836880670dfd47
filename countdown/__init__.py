"""Launch Countdown: watch fuzzy product launch dates from the tray."""

__version__ = "0.1.0"
APP_NAME = "Launch Countdown"
APP_ID = "io.github.launchcountdown.LaunchCountdown"
