import NIOConcurrencyHelpers
import Robots
import Vapor

/// The transport the outbox dispatcher posts with, kept in the application's storage so that tests can
/// swap in a fake after `configure` (the dispatcher reads it at every run).
final class RobotTransportBox: Sendable {
    private let current = NIOLockedValueBox<any RobotTransport>(HTTPRobotTransport())
    var transport: any RobotTransport {
        get { current.withLockedValue { $0 } }
        set { current.withLockedValue { $0 = newValue } }
    }
}

extension Application {
    private struct RobotTransportKey: StorageKey { typealias Value = RobotTransportBox }

    var robotTransportBox: RobotTransportBox {
        if let box = storage[RobotTransportKey.self] { return box }
        let box = RobotTransportBox()
        storage[RobotTransportKey.self] = box
        return box
    }

    /// How robot messages leave the server: HTTPS by default, a fake in tests.
    public var robotTransport: any RobotTransport {
        get { robotTransportBox.transport }
        set { robotTransportBox.transport = newValue }
    }
}
