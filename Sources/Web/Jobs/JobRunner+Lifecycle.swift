import Foundation
import Vapor

/// The loop: started when the application boots with a non-zero interval, cancelled at shutdown.
extension JobRunner {
    public func didBootAsync(_ application: Application) async throws {
        let interval = self.interval
        guard interval > 0 else { return }
        let clock = application.zhibu.clock
        let task = Task { [weak self] in
            while !Task.isCancelled {
                guard let self else { return }
                await self.runDue(now: clock.now())
                try? await Task.sleep(for: .seconds(interval))
            }
        }
        replaceLoop(with: task)
    }

    public func shutdownAsync(_ application: Application) async {
        let task = replaceLoop(with: nil)
        task?.cancel()
        await task?.value
    }

    @discardableResult
    private func replaceLoop(with task: Task<Void, Never>?) -> Task<Void, Never>? {
        state.withLockedValue { state in
            let previous = state.loop
            state.loop = task
            return previous
        }
    }
}
