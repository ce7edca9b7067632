import Testing
@testable import SesameCore

@Suite("Poll schedule")
struct PollScheduleTests {
    @Test func jitterStaysWithinTenPercent() throws {
        let schedule = try #require(PollSchedule(interval: 100))
        #expect(schedule.delay(afterThrottledReads: 0, random: 0) == 90)
        #expect(schedule.delay(afterThrottledReads: 0, random: 0.5) == 100)
        #expect(abs(schedule.delay(afterThrottledReads: 0, random: 0.999_999) - 110) < 0.001)
    }

    @Test func throttlingDoublesTheWaitUpToFifteenMinutes() throws {
        let schedule = try #require(PollSchedule(interval: 60))
        #expect([1, 2, 3, 4, 30].map { schedule.delay(afterThrottledReads: $0, random: 0.5) } == [120, 240, 480, 900, 900])
    }

    @Test func neverFasterThanOnceASecond() throws {
        #expect(PollSchedule(interval: 0.5) == nil)
        #expect(PollSchedule(interval: .nan) == nil)
        #expect(PollSchedule(interval: .infinity) == nil)
        #expect(try #require(PollSchedule(interval: 1)).delay(afterThrottledReads: 0, random: 0) == 1)
        #expect(PollSchedule()?.interval == 180)
    }
}
