"""Body measurement from photos and the camera: frame sources, pose, geometry, girths, live capture.

Qt-free. The UI drives :class:`sizer.vision.live.LivePipeline` and
:class:`sizer.vision.session.CaptureSession` from a worker thread; the CLI uses
:func:`sizer.vision.photo_measure.measure_photos`.
"""
