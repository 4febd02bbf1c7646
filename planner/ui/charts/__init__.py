"""The Progress page's charts: matplotlib figures in Qt canvases, imported only when the page opens."""
