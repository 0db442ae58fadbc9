"""The kiosk's look: bright, calm, big. Sizes scale with the facilitator's size setting."""

from __future__ import annotations

SKY = "#dff1ff"
INK = "#1d3557"
ACCENT = "#ff8c42"
GOOD = "#2a9d8f"


def stylesheet(scale: float = 1.0, high_contrast: bool = False) -> str:
    def px(value: float) -> int:
        return int(round(value * scale))

    background = "#ffffff" if high_contrast else SKY
    ink = "#000000" if high_contrast else INK
    border = f"{px(3)}px solid #000000" if high_contrast else "none"
    return f"""
    QWidget#kiosk {{ background: {background}; }}
    QLabel {{ color: {ink}; font-size: {px(22)}px; }}
    QLabel[role="title"] {{ font-size: {px(44)}px; font-weight: 700; }}
    QLabel[role="caption"] {{ font-size: {px(16)}px; font-weight: 600; }}
    QLabel[role="hint"] {{ font-size: {px(20)}px; color: {ink}; }}
    QPushButton {{ background: #ffffff; color: {ink}; border: {border}; border-radius: {px(18)}px;
                   font-size: {px(24)}px; font-weight: 600; padding: {px(8)}px {px(14)}px;
                   min-height: {px(64)}px; min-width: {px(64)}px; }}
    QPushButton:checked {{ background: {GOOD}; color: white; }}
    QPushButton:focus {{ border: {px(4)}px solid {ACCENT}; }}
    QPushButton[role="go"] {{ background: {ACCENT}; color: white; font-size: {px(34)}px; padding: {px(18)}px {px(40)}px; }}
    QPushButton[role="go-small"] {{ background: {ACCENT}; color: white; font-size: {px(26)}px; padding: {px(6)}px {px(24)}px; }}
    QLabel[role="heading"] {{ font-size: {px(32)}px; font-weight: 700; }}
    QPushButton[role="quiet"] {{ background: transparent; font-size: {px(20)}px; }}
    QPushButton[role="reason"] {{ font-size: {px(21)}px; padding: {px(6)}px {px(8)}px; }}
    QPushButton[role="age"] {{ min-width: {px(64)}px; padding: {px(8)}px {px(6)}px; }}
    QFrame[role="card"] {{ background: rgba(255, 255, 255, 150); border-radius: {px(22)}px; }}
    QLineEdit {{ font-size: {px(30)}px; padding: {px(10)}px; border-radius: {px(12)}px; border: {px(3)}px solid {ACCENT};
                 background: white; color: {ink}; min-height: {px(56)}px; }}
    """
