<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>could not render</source>
        <translation>렌더링할 수 없음</translation>
    </message>
    <message>
        <source>could not flush</source>
        <translation>디스크에 기록할 수 없음</translation>
    </message>
</context>
<context>
    <name>LiveOverlayItem</name>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>link</source>
        <translation>링크</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>그룹 %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message>
        <source>Delete %1 items</source>
        <translation>항목 %1개 삭제</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 이동</translation>
    </message>
    <message>
        <source>Move %1 components</source>
        <translation>구성 요소 %1개 이동</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 편집</translation>
    </message>
    <message>
        <source>Private network 10.0.%1.0/24</source>
        <translation>사설 네트워크 10.0.%1.0/24</translation>
    </message>
    <message>
        <source>Data center %1</source>
        <translation>데이터 센터 %1</translation>
    </message>
    <message>
        <source>Group %1 as %2</source>
        <translation>%1을(를) %2(으)로 묶기</translation>
    </message>
    <message>
        <source>Ungroup %1</source>
        <translation>%1 그룹 해제</translation>
    </message>
    <message>
        <source>Ungroup %1 groups</source>
        <translation>그룹 %1개 해제</translation>
    </message>
    <message>
        <source>Rename group %1</source>
        <translation>그룹 %1 이름 바꾸기</translation>
    </message>
    <message>
        <source>Connect %1 → %2</source>
        <translation>%1 → %2 연결</translation>
    </message>
    <message>
        <source>Edit link %1 → %2</source>
        <translation>링크 %1 → %2 편집</translation>
    </message>
    <message>
        <source>Edit run settings</source>
        <translation>실행 설정 편집</translation>
    </message>
    <message>
        <source>Rename design</source>
        <translation>설계 이름 바꾸기</translation>
    </message>
    <message>
        <source>%1 ms exp</source>
        <translation>%1 ms 지수</translation>
    </message>
    <message>
        <source>%1 ms const</source>
        <translation>%1 ms 고정</translation>
    </message>
    <message>
        <source>%1–%2 ms</source>
        <translation>%1–%2 ms</translation>
    </message>
    <message>
        <source>%1 ms logn</source>
        <translation>%1 ms 로그정규</translation>
    </message>
    <message>
        <source>%1 ms erl%2</source>
        <translation>%1 ms 얼랑%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>load curve</source>
        <translation>부하 곡선</translation>
    </message>
    <message>
        <source>%1%2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>1 worker</source>
        <translation>워커 1개</translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation>워커 %1개</translation>
    </message>
    <message>
        <source>%1 · cap %2</source>
        <translation>%1 · 용량 %2</translation>
    </message>
    <message>
        <source>Unknown export format "%1": use .png, .svg or .pdf</source>
        <translation>알 수 없는 내보내기 형식 "%1": .png, .svg 또는 .pdf를 쓰세요</translation>
    </message>
    <message>
        <source>ScaleLab diagram</source>
        <translation>ScaleLab 다이어그램</translation>
    </message>
    <message>
        <source>Private network</source>
        <translation>사설 네트워크</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>데이터 센터</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3&lt;br&gt;Drag the title to move the group; double-click it to rename.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): %3&lt;br&gt;제목을 끌어 그룹을 옮기고, 두 번 클릭해 이름을 바꿉니다.</translation>
    </message>
    <message>
        <source>%1 → %2
one-way latency %3 ms, probability %4</source>
        <translation>%1 → %2
단방향 지연 시간 %3 ms, 확률 %4</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source> · p %1</source>
        <translation> · 확률 %1</translation>
    </message>
    <message>
        <source>Autoscaling group %1</source>
        <translation>오토스케일링 그룹 %1</translation>
    </message>
    <message>
        <source>Change autoscaling of %1</source>
        <translation>%1의 오토스케일링 변경</translation>
    </message>
    <message>
        <source>Autoscaling group</source>
        <translation>오토스케일링 그룹</translation>
    </message>
    <message>
        <source>Take %1 out of its region</source>
        <translation>%1을(를) 리전에서 빼기</translation>
    </message>
    <message>
        <source>Put %1 in region %2</source>
        <translation>%1을(를) 리전 %2에 두기</translation>
    </message>
    <message>
        <source>%1 · $%2/h</source>
        <translation>%1 · 시간당 $%2</translation>
    </message>
    <message>
        <source>Edit the SLO</source>
        <translation>SLO 편집</translation>
    </message>
    <message>
        <source>Edit region latencies</source>
        <translation>리전 간 지연 시간 편집</translation>
    </message>
</context>
<context>
    <name>scalelab</name>
    <message>
        <source>--scale must be a number in (0, 16]</source>
        <translation>--scale은 (0, 16] 범위의 수여야 합니다</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>알 수 없는 옵션 %1</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1에 값이 필요합니다</translation>
    </message>
    <message>
        <source>%1: '%2' is not a number</source>
        <translation>%1: '%2'은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>--seed: must be a whole number from 0 to 2^64-1</source>
        <translation>--seed: 0부터 2^64-1까지의 정수여야 합니다</translation>
    </message>
    <message>
        <source>--duration: must be above 0 and at most 10000000 seconds</source>
        <translation>--duration: 0보다 크고 10000000초 이하여야 합니다</translation>
    </message>
    <message>
        <source>--warmup: must not be negative</source>
        <translation>--warmup: 음수일 수 없습니다</translation>
    </message>
    <message>
        <source>unknown option '%1'</source>
        <translation>알 수 없는 옵션 '%1'</translation>
    </message>
    <message>
        <source>more than one scenario file given ('%1' and '%2')</source>
        <translation>시나리오 파일이 둘 이상 지정되었습니다('%1', '%2')</translation>
    </message>
    <message>
        <source>no scenario file given</source>
        <translation>시나리오 파일이 지정되지 않았습니다</translation>
    </message>
    <message>
        <source> (still in the warm-up: nothing measured yet)</source>
        <translation> (아직 워밍업 중: 측정한 값 없음)</translation>
    </message>
    <message>
        <source>scalelab run: interrupted at t = %1 s of %2 s; the report covers the time simulated so far%3</source>
        <translation>scalelab run: %2 s 중 t = %1 s에서 중단됨. 보고서는 지금까지 시뮬레이션한 시간을 다룹니다%3</translation>
    </message>
    <message>
        <source>scalelab run: %1: not enough memory to simulate this design</source>
        <translation>scalelab run: %1: 이 설계를 시뮬레이션할 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>--jobs: must be a whole number from 1 to %1</source>
        <translation>--jobs: 1부터 %1까지의 정수여야 합니다</translation>
    </message>
    <message>
        <source>--window: must be above 0 seconds</source>
        <translation>--window: 0초보다 커야 합니다</translation>
    </message>
    <message>
        <source>--slo-p99-ms: must be above 0</source>
        <translation>--slo-p99-ms: 0보다 커야 합니다</translation>
    </message>
    <message>
        <source>--slo-availability: must be a fraction from 0 to 1 (0.999 for 99.9 %)</source>
        <translation>--slo-availability: 0부터 1까지의 비율이어야 합니다(99.9 %는 0.999)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>실행 안 됨</translation>
    </message>
    <message>
        <source>held</source>
        <translation>충족</translation>
    </message>
    <message>
        <source>FAILED (availability, p99)</source>
        <translation>실패 (가용성, p99)</translation>
    </message>
    <message>
        <source>FAILED (p99)</source>
        <translation>실패 (p99)</translation>
    </message>
    <message>
        <source>FAILED (availability)</source>
        <translation>실패 (가용성)</translation>
    </message>
    <message>
        <source>Chaos test of %1: each component fails at %2 s and stays down; measured from %2 s to %3 s</source>
        <translation>%1의 카오스 테스트: 각 구성 요소가 %2초에 장애를 일으켜 복구되지 않음. %2초부터 %3초까지 측정</translation>
    </message>
    <message>
        <source>SLO: p99 at most %1 ms, availability at least %2</source>
        <translation>SLO: p99 최대 %1 ms, 가용성 최소 %2</translation>
    </message>
    <message>
        <source>component</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>가용성</translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation>p99 (ms)</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>(none: baseline)</source>
        <translation>(없음: 기준 실행)</translation>
    </message>
    <message>
        <source>%1 of %2 failures survived within the SLO.</source>
        <translation>장애 %2개 중 %1개를 SLO 안에서 견뎠습니다.</translation>
    </message>
    <message>
        <source>The design misses its SLO even with nothing failed: every row is judged against a target it does not meet.</source>
        <translation>아무것도 고장 나지 않아도 설계가 SLO를 충족하지 못합니다. 모든 행이 충족하지 못하는 목표로 판정됩니다.</translation>
    </message>
    <message>
        <source>Single points of failure (the SLO did not hold without them): %1</source>
        <translation>단일 장애 지점(이것이 없으면 SLO가 유지되지 않음): %1</translation>
    </message>
    <message>
        <source>scalelab chaos: interrupted; the rows not finished are marked so</source>
        <translation>scalelab chaos: 중단됨. 끝나지 않은 행은 그렇게 표시됩니다</translation>
    </message>
    <message>
        <source>--rate: expected FROM..TO in requests per second, like 10..1000000, got '%1'</source>
        <translation>--rate: 초당 요청 수로 FROM..TO 형식(예: 10..1000000)이어야 하는데 '%1'입니다</translation>
    </message>
    <message>
        <source>--steps: must be a whole number from 2 to %1</source>
        <translation>--steps: 2부터 %1까지의 정수여야 합니다</translation>
    </message>
    <message>
        <source>--duration: must be a number of seconds above 0</source>
        <translation>--duration: 0보다 큰 초 단위 숫자여야 합니다</translation>
    </message>
    <message>
        <source>--rate FROM..TO is required</source>
        <translation>--rate FROM..TO가 필요합니다</translation>
    </message>
    <message>
        <source>Capacity curve of %1: %2 levels, %3 s each (measured after %4 s)</source>
        <translation>%1의 용량 곡선: 부하 단계 %2개, 각 %3초 (%4초 이후 측정)</translation>
    </message>
    <message>
        <source>Theory: %1 is an M/M/%2 station (mu = %3 per second per worker); the prediction is in brackets</source>
        <translation>이론: %1은(는) M/M/%2 스테이션(워커당 초당 mu = %3)입니다. 괄호 안이 예측값입니다</translation>
    </message>
    <message>
        <source>No M/M/c prediction: %1</source>
        <translation>M/M/c 예측 없음: %1</translation>
    </message>
    <message>
        <source>offered/s</source>
        <translation>제공/초</translation>
    </message>
    <message>
        <source>served/s</source>
        <translation>처리/초</translation>
    </message>
    <message>
        <source>available</source>
        <translation>가용성</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <source>p99 ms</source>
        <translation>p99 ms</translation>
    </message>
    <message>
        <source>mean ms [theory]</source>
        <translation>평균 ms [이론]</translation>
    </message>
    <message>
        <source>mean ms</source>
        <translation>평균 ms</translation>
    </message>
    <message>
        <source>$/hour</source>
        <translation>$/시간</translation>
    </message>
    <message>
        <source>scalelab sweep: interrupted; the levels not finished are marked so</source>
        <translation>scalelab sweep: 중단됨. 끝나지 않은 단계는 그렇게 표시됩니다</translation>
    </message>
    <message>
        <source>%1: '%2' is not a time from 0 to 1000000 seconds</source>
        <translation>%1: '%2'은(는) 0에서 1000000초 사이의 시간이 아닙니다</translation>
    </message>
    <message>
        <source>--fps: '%1' is not a frame rate from 1 to 50</source>
        <translation>--fps: '%1'은(는) 1에서 50 사이의 프레임 속도가 아닙니다</translation>
    </message>
    <message>
        <source>--language: '%1' is not en or ko</source>
        <translation>--language: '%1'은(는) en도 ko도 아닙니다</translation>
    </message>
    <message>
        <source>--theme: '%1' is not light or dark</source>
        <translation>--theme: '%1'은(는) light도 dark도 아닙니다</translation>
    </message>
    <message>
        <source>more than one scenario file given</source>
        <translation>시나리오 파일이 둘 이상 주어졌습니다</translation>
    </message>
    <message>
        <source>-o FILE.gif is required</source>
        <translation>-o FILE.gif가 필요합니다</translation>
    </message>
    <message>
        <source>--from %1 --to %2 at %3 fps: from 1 to %4 frames are needed</source>
        <translation>--from %1 --to %2, %3 fps: 프레임이 1개에서 %4개 사이여야 합니다</translation>
    </message>
    <message>
        <source>interrupted; nothing written</source>
        <translation>중단됨: 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>wrote %1 (%2 frames, %3x%4, %5 s to %6 s at %7 fps, %8 KB)</source>
        <translation>%1을(를) 썼습니다(프레임 %2개, %3x%4, %5 s부터 %6 s까지 %7 fps, %8 KB)</translation>
    </message>
    <message>
        <source>%1: use a file name ending in .%2</source>
        <translation>%1: 다음으로 끝나는 파일 이름을 쓰세요: .%2</translation>
    </message>
</context>
<context>
    <name>scalelab::Autosave</name>
    <message>
        <source>ScaleLab did not close normally last time. Restore the unsaved design it was editing?</source>
        <translation>ScaleLab이 지난번에 정상적으로 종료되지 않았습니다. 편집하던 저장하지 않은 설계를 복원할까요?</translation>
    </message>
    <message>
        <source>ScaleLab did not close normally last time. Restore the unsaved changes to %1?</source>
        <translation>ScaleLab이 지난번에 정상적으로 종료되지 않았습니다. %1의 저장하지 않은 변경 사항을 복원할까요?</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>저장하지 않은 변경 사항 복원</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>복원할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>scalelab::BenchCommand</name>
    <message>
        <source>unknown option '%1'</source>
        <translation>알 수 없는 옵션 '%1'</translation>
    </message>
</context>
<context>
    <name>scalelab::BenchGuiCommand</name>
    <message>
        <source>unknown option '%1'</source>
        <translation>알 수 없는 옵션 '%1'</translation>
    </message>
</context>
<context>
    <name>scalelab::CanvasScene</name>
    <message>
        <source>%1 replication</source>
        <translation>%1 복제</translation>
    </message>
    <message>
        <source>%1 was added by autoscaling group %2 during this run: a copy of its first server, removed again when the load falls</source>
        <translation>%1은(는) 이번 실행 중 오토스케일링 그룹 %2이(가) 추가한 서버입니다: 그룹 첫 서버의 복사본이며, 부하가 줄면 다시 제거됩니다</translation>
    </message>
</context>
<context>
    <name>scalelab::CapacityChart</name>
    <message>
        <source>offered load (requests per second, log scale)</source>
        <translation>제공 부하 (초당 요청 수, 로그 눈금)</translation>
    </message>
    <message>
        <source>latency (ms)</source>
        <translation>지연 시간 (ms)</translation>
    </message>
    <message>
        <source>availability (%)</source>
        <translation>가용성(%)</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>p50, M/M/c</source>
        <translation>p50, M/M/c</translation>
    </message>
    <message>
        <source>p95, M/M/c</source>
        <translation>p95, M/M/c</translation>
    </message>
    <message>
        <source>p99, M/M/c</source>
        <translation>p99, M/M/c</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>가용성</translation>
    </message>
</context>
<context>
    <name>scalelab::CapacityDialog</name>
    <message>
        <source>&amp;Log spacing</source>
        <translation>로그 간격(&amp;L)</translation>
    </message>
    <message>
        <source>Capacity Curve</source>
        <translation>용량 곡선</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> req/s</translation>
    </message>
    <message>
        <source>Lowest load:</source>
        <translation>최저 부하:</translation>
    </message>
    <message>
        <source>Highest load:</source>
        <translation>최고 부하:</translation>
    </message>
    <message>
        <source>Levels:</source>
        <translation>단계 수:</translation>
    </message>
    <message>
        <source>&amp;Run Sweep</source>
        <translation>스윕 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel Runs</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <source>Dashed: the M/M/%1 prediction for %2.</source>
        <translation>점선: %2에 대한 M/M/%1 예측.</translation>
    </message>
    <message>
        <source>No M/M/c prediction: %1.</source>
        <translation>M/M/c 예측 없음: %1.</translation>
    </message>
    <message>
        <source>The sweep cannot run: %1</source>
        <translation>스윕을 실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Running %1 levels of %2 s each on %3 threads… %4</source>
        <translation>스레드 %3개에서 각 %2초짜리 부하 단계 %1개 실행 중… %4</translation>
    </message>
    <message>
        <source>%1 of %2 levels simulated, %3 s each. %4</source>
        <translation>부하 단계 %2개 중 %1개 시뮬레이션 완료, 각 %3초. %4</translation>
    </message>
    <message>
        <source>The sweep has not finished.</source>
        <translation>스윕이 아직 끝나지 않았습니다.</translation>
    </message>
    <message>
        <source>Export Capacity Curve</source>
        <translation>용량 곡선 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
</context>
<context>
    <name>scalelab::ChaosDialog</name>
    <message>
        <source>Chaos Test</source>
        <translation>카오스 테스트</translation>
    </message>
    <message>
        <source>Each component fails at %1 s and stays down; measured from %1 s to %2 s. SLO: p99 at most %3 ms and availability at least %4 (the design's slo, or the defaults).</source>
        <translation>각 구성 요소가 %1초에 장애를 일으켜 복구되지 않습니다. %1초부터 %2초까지 측정합니다. SLO: p99 최대 %3 ms, 가용성 최소 %4 (설계의 slo 또는 기본값).</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>가용성</translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation>p99 (ms)</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>Cancel Runs</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <source>The chaos test cannot run: %1</source>
        <translation>카오스 테스트를 실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Running %1 simulations on %2 threads…</source>
        <translation>스레드 %2개에서 시뮬레이션 %1개 실행 중…</translation>
    </message>
    <message>
        <source>held</source>
        <translation>충족</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>실행 안 됨</translation>
    </message>
    <message>
        <source>failed: availability and p99</source>
        <translation>실패: 가용성과 p99</translation>
    </message>
    <message>
        <source>failed: p99</source>
        <translation>실패: p99</translation>
    </message>
    <message>
        <source>failed: availability</source>
        <translation>실패: 가용성</translation>
    </message>
    <message>
        <source>(nothing fails)</source>
        <translation>(장애 없음)</translation>
    </message>
    <message>
        <source>%1 of %2 failures survived within the SLO.</source>
        <translation>장애 %2개 중 %1개를 SLO 안에서 견뎠습니다.</translation>
    </message>
    <message>
        <source>Single points of failure: %1.</source>
        <translation>단일 장애 지점: %1.</translation>
    </message>
    <message>
        <source>Cancelled: the rows not run are marked so.</source>
        <translation>취소됨: 실행되지 않은 행은 그렇게 표시됩니다.</translation>
    </message>
    <message>
        <source>The chaos test has not finished.</source>
        <translation>카오스 테스트가 아직 끝나지 않았습니다.</translation>
    </message>
    <message>
        <source>Export Chaos Test</source>
        <translation>카오스 테스트 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
</context>
<context>
    <name>scalelab::ChartsPanel</name>
    <message>
        <source>Latency</source>
        <translation>지연 시간</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>처리량</translation>
    </message>
    <message>
        <source>Errors and availability</source>
        <translation>오류와 가용성</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>사용률</translation>
    </message>
    <message>
        <source>Queue length</source>
        <translation>대기열 길이</translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation>캐시 적중률</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>복제 지연</translation>
    </message>
    <message>
        <source>Servers and cost</source>
        <translation>서버 수와 비용</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>메시지 큐</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>리전</translation>
    </message>
</context>
<context>
    <name>scalelab::ComponentChartPanel</name>
    <message>
        <source>Tick the components to draw. The selected one also shows the M/M/c queueing-theory prediction as a dashed line.</source>
        <translation>그릴 구성 요소를 체크하세요. 선택한 구성 요소는 M/M/c 대기행렬 이론의 예측을 점선으로 함께 보여 줍니다.</translation>
    </message>
    <message>
        <source>Select a component to compare it with queueing theory.</source>
        <translation>구성 요소를 선택하면 대기행렬 이론과 비교할 수 있습니다.</translation>
    </message>
    <message>
        <source>Dashed: M/M/c theory for %1 at its measured arrival rate.</source>
        <translation>점선: 측정된 도착률에서 %1의 M/M/c 이론값.</translation>
    </message>
    <message>
        <source>No theory line for %1: %2.</source>
        <translation>%1의 이론선 없음: %2.</translation>
    </message>
</context>
<context>
    <name>scalelab::ComponentSeriesChart</name>
    <message>
        <source>%1 · M/M/c theory</source>
        <translation>%1 · M/M/c 이론</translation>
    </message>
    <message>
        <source>no component selected</source>
        <translation>선택한 구성 요소 없음</translation>
    </message>
</context>
<context>
    <name>scalelab::DiagramExport</name>
    <message>
        <source>%1: unknown diagram format; use one of %2</source>
        <translation>%1: 알 수 없는 다이어그램 형식입니다. 다음 중 하나를 쓰세요: %2</translation>
    </message>
</context>
<context>
    <name>scalelab::DistributionEditor</name>
    <message>
        <source>How the time varies from one request to the next. The mean sets how much load a component can take; the shape sets how long the slowest requests take (the p99).</source>
        <translation>요청마다 시간이 어떻게 달라지는지입니다. 평균은 구성 요소가 감당할 수 있는 부하를, 분포 모양은 가장 느린 요청의 시간(p99)을 정합니다.</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>분포 모양</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>The average time, in milliseconds.</source>
        <translation>평균 시간(밀리초).</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>최소</translation>
    </message>
    <message>
        <source>The shortest possible time, in milliseconds.</source>
        <translation>가능한 가장 짧은 시간(밀리초).</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>최대</translation>
    </message>
    <message>
        <source>The longest possible time, in milliseconds.</source>
        <translation>가능한 가장 긴 시간(밀리초).</translation>
    </message>
    <message>
        <source>Variation (CV)</source>
        <translation>변동 계수(CV)</translation>
    </message>
    <message>
        <source>Coefficient of variation: standard deviation divided by the mean. 1 is as variable as exponential; above 1 means a heavier tail of slow requests.</source>
        <translation>변동 계수: 표준 편차를 평균으로 나눈 값. 1이면 지수 분포만큼 변하고, 1보다 크면 느린 요청의 꼬리가 더 두껍습니다.</translation>
    </message>
    <message>
        <source>Phases (k)</source>
        <translation>단계 수(k)</translation>
    </message>
    <message>
        <source>Number of exponential phases. k = 1 is exponential; a large k is nearly constant.</source>
        <translation>지수 단계의 수. k = 1이면 지수 분포, k가 크면 거의 일정합니다.</translation>
    </message>
</context>
<context>
    <name>scalelab::Document</name>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>scalelab::ErrorsChart</name>
    <message>
        <source>availability (%)</source>
        <translation>가용성(%)</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>가용성</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>건/초</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>타임아웃</translation>
    </message>
    <message>
        <source>down</source>
        <translation>다운</translation>
    </message>
    <message>
        <source>no backend</source>
        <translation>백엔드 없음</translation>
    </message>
    <message>
        <source>failures and stale reads</source>
        <translation>실패와 오래된 읽기</translation>
    </message>
    <message>
        <source>failover</source>
        <translation>장애 조치</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>stale reads</source>
        <translation>오래된 읽기</translation>
    </message>
    <message>
        <source>lost writes</source>
        <translation>잃은 쓰기</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>로그아웃</translation>
    </message>
</context>
<context>
    <name>scalelab::EventLogWidget</name>
    <message>
        <source>Time (s)</source>
        <translation>시간(초)</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Filter events (component, text)…</source>
        <translation>이벤트 필터(구성 요소, 내용)…</translation>
    </message>
    <message>
        <source>%1 s, %2: %3</source>
        <translation>%1 s, %2: %3</translation>
    </message>
</context>
<context>
    <name>scalelab::ExportRunDialog</name>
    <message>
        <source>Only the canvas (no charts, no event log)</source>
        <translation>캔버스만(차트와 이벤트 로그 없이)</translation>
    </message>
    <message>
        <source>Export Run</source>
        <translation>실행 내보내기</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>From (simulated time):</source>
        <translation>시작(시뮬레이션 시간):</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>끝:</translation>
    </message>
    <message>
        <source>Frames per second:</source>
        <translation>초당 프레임 수:</translation>
    </message>
    <message>
        <source>Picture size:</source>
        <translation>그림 크기:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>끝은 시작보다 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>%1 frames: at most %2; shorten the stretch or lower the frame rate.</source>
        <translation>프레임 %1개: 최대 %2개입니다. 구간을 줄이거나 프레임 속도를 낮추세요.</translation>
    </message>
    <message>
        <source>%1 frames; the GIF plays the %2 simulated seconds in real time.</source>
        <translation>프레임 %1개. GIF는 시뮬레이션의 %2초를 실제 시간대로 재생합니다.</translation>
    </message>
    <message>
        <source>Cannot write a temporary copy of the design: %1</source>
        <translation>설계의 임시 사본을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Recording %1…</source>
        <translation>%1 녹화 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1을(를) 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The recording stopped (exit code %1).</source>
        <translation>녹화가 멈췄습니다(종료 코드 %1).</translation>
    </message>
    <message>
        <source>run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>GIF animations (*.gif)</source>
        <translation>GIF 애니메이션 (*.gif)</translation>
    </message>
    <message>
        <source>Export cancelled; nothing written.</source>
        <translation>내보내기를 취소했습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Exported the run to %1</source>
        <translation>실행을 %1(으)로 내보냈습니다</translation>
    </message>
</context>
<context>
    <name>scalelab::Figure</name>
    <message>
        <source>hit</source>
        <translation>적중</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>채움</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>주</translation>
    </message>
    <message>
        <source>lag</source>
        <translation>지연</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>처리 중</translation>
    </message>
    <message>
        <source>shards</source>
        <translation>샤드</translation>
    </message>
    <message>
        <source>keys to copy</source>
        <translation>복사할 키</translation>
    </message>
</context>
<context>
    <name>scalelab::GifEncoder</name>
    <message>
        <source>GIF encoding failed: %1</source>
        <translation>GIF 인코딩 실패: %1</translation>
    </message>
</context>
<context>
    <name>scalelab::HeadlessWindow</name>
    <message>
        <source>--fail: '%1' is not COMPONENT@SECONDS</source>
        <translation>--fail: '%1'은(는) 구성요소@초 형식이 아닙니다</translation>
    </message>
    <message>
        <source>--size: '%1' is not WIDTHxHEIGHT (%2x%3 to 8000x8000)</source>
        <translation>--size: '%1'은(는) 너비x높이 형식이 아닙니다(%2x%3부터 8000x8000까지)</translation>
    </message>
</context>
<context>
    <name>scalelab::HelpMenu</name>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Start Page…</source>
        <translation>시작 페이지(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>단축키(&amp;K)…</translation>
    </message>
    <message>
        <source>The Scenario &amp;Format…</source>
        <translation>시나리오 형식(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;About ScaleLab</source>
        <translation>ScaleLab 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About ScaleLab</source>
        <translation>ScaleLab 정보</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>On the canvas: hold Space and drag (or drag with the middle button) to pan, Ctrl + wheel to zoom, hold Alt while dragging to place freely. Space alone runs or pauses the simulation.</source>
        <translation>캔버스에서: Space를 누른 채 끌면(또는 가운데 버튼으로 끌면) 화면을 이동하고, Ctrl + 휠로 확대·축소하며, Alt를 누른 채 끌면 자유롭게 배치합니다. Space만 누르면 시뮬레이션을 실행하거나 일시 정지합니다.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>The scenario format</source>
        <translation>시나리오 형식</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ScaleLab %1&lt;/h3&gt;&lt;p&gt;How a web system grows from zero to millions of users: draw a design, put load on it and watch it queue, fail and scale.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ScaleLab %1&lt;/h3&gt;&lt;p&gt;웹 시스템이 사용자 0명에서 수백만 명까지 어떻게 성장하는지 배웁니다. 설계를 그리고 부하를 걸어, 요청이 대기하고 실패하고 확장되는 모습을 지켜보세요.&lt;/p&gt;&lt;p&gt;Qt %2로 만들었습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What the &amp;Dots Mean…</source>
        <translation>점의 의미(&amp;D)…</translation>
    </message>
    <message>
        <source>A read on its way (a page, a query)</source>
        <translation>가는 중인 읽기 (페이지, 조회)</translation>
    </message>
    <message>
        <source>A write on its way (it changes data)</source>
        <translation>가는 중인 쓰기 (데이터를 바꿈)</translation>
    </message>
    <message>
        <source>A static request on its way (an image, a script: a CDN can answer it)</source>
        <translation>가는 중인 정적 요청 (이미지, 스크립트: CDN이 응답할 수 있음)</translation>
    </message>
    <message>
        <source>An asynchronous request on its way (a job for a queue)</source>
        <translation>가는 중인 비동기 요청 (큐에 넣을 작업)</translation>
    </message>
    <message>
        <source>An answer going back, in its request's colour: a cache hit turns back at the cache, a CDN edge answers the users, a database answers the server that asked</source>
        <translation>돌아가는 응답, 요청과 같은 색: 캐시 적중은 캐시에서 되돌아가고, CDN 엣지는 사용자에게 응답하며, 데이터베이스는 물어본 서버에 응답합니다</translation>
    </message>
    <message>
        <source>A failed request, at the component where it failed (it fades in two seconds)</source>
        <translation>실패한 요청, 실패한 컴포넌트 위에 표시 (2초에 걸쳐 사라짐)</translation>
    </message>
    <message>
        <source>A stale read: answered with data older than the latest write</source>
        <translation>오래된 읽기: 최신 쓰기보다 오래된 데이터로 응답함</translation>
    </message>
    <message>
        <source>A lost write: committed, then lost when a replica without it was promoted</source>
        <translation>유실된 쓰기: 커밋되었지만, 그 쓰기를 받지 못한 복제본이 승격되면서 유실됨</translation>
    </message>
    <message>
        <source>A user logged out: the server the request reached did not hold the session</source>
        <translation>로그아웃된 사용자: 요청이 도착한 서버에 세션이 없었음</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>의미</translation>
    </message>
    <message>
        <source>A dot is one request, where the simulation has it now. When more requests are on the links than can be drawn, an even sample is, and the canvas says how many of them it shows.</source>
        <translation>점 하나는 요청 하나이며, 시뮬레이션에서 지금 그 요청이 있는 곳에 그려집니다. 링크 위의 요청이 그릴 수 있는 것보다 많으면 고르게 표본을 뽑아 그리고, 캔버스에 그중 몇 개를 보여 주는지 표시합니다.</translation>
    </message>
    <message>
        <source>What the dots mean</source>
        <translation>점의 의미</translation>
    </message>
</context>
<context>
    <name>scalelab::HitRatioChart</name>
    <message>
        <source>hit ratio</source>
        <translation>적중률</translation>
    </message>
    <message>
        <source>%1 measured</source>
        <translation>%1 측정값</translation>
    </message>
    <message>
        <source>%1 theory</source>
        <translation>%1 이론값</translation>
    </message>
</context>
<context>
    <name>scalelab::InspectorComponentPage</name>
    <message>
        <source>Component</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The component's unique name in the scenario file; links and faults refer to it. Renaming it here renames it everywhere (links, groups, the entry point) in one undoable step.</source>
        <translation>시나리오 파일 안에서 구성 요소의 고유한 이름이며, 링크와 장애가 이 이름을 가리킵니다. 여기서 바꾸면 링크, 그룹, 진입점까지 모든 곳에서 한 번에 바뀌고 한 번에 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>The name shown on the canvas and in charts. Leave it empty to show the id.</source>
        <translation>캔버스와 차트에 보이는 이름입니다. 비워 두면 ID를 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>scalelab::InspectorGroupPage</name>
    <message>
        <source>Autoscaling group</source>
        <translation>오토스케일링 그룹</translation>
    </message>
    <message>
        <source>Target utilization</source>
        <translation>목표 사용률</translation>
    </message>
    <message>
        <source>Min servers</source>
        <translation>최소 서버 수</translation>
    </message>
    <message>
        <source>The group never has fewer servers, however quiet it is.</source>
        <translation>아무리 한가해도 그룹의 서버가 이보다 적어지지 않습니다.</translation>
    </message>
    <message>
        <source>Max servers</source>
        <translation>최대 서버 수</translation>
    </message>
    <message>
        <source>The group never has more servers, whatever the load: a ceiling on the bill. Past it the servers fill up and requests wait or are refused.</source>
        <translation>부하가 얼마든 그룹의 서버가 이보다 많아지지 않습니다: 비용의 상한입니다. 이를 넘는 부하에서는 서버가 가득 차서 요청이 기다리거나 거부됩니다.</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>쿨다운</translation>
    </message>
    <message>
        <source>The least time between two scale-outs, and before a scale-in after any action: the group waits to see what its last change did before the next. Too short and it adds servers for a load the booting ones will carry; too long and it follows a rising load late.</source>
        <translation>두 번의 스케일 아웃 사이, 그리고 어떤 조치 뒤 스케일 인까지의 최소 시간입니다: 그룹은 다음 변경 전에 직전 변경의 효과를 지켜봅니다. 너무 짧으면 부팅 중인 서버가 감당할 부하에 서버를 더 추가하고, 너무 길면 증가하는 부하를 늦게 따라갑니다.</translation>
    </message>
    <message>
        <source>Boot time</source>
        <translation>부팅 시간</translation>
    </message>
    <message>
        <source>How long a new server takes before it serves: starting the machine, the program and its caches. It costs money from the start, and the others carry the load until it is in rotation.</source>
        <translation>새 서버가 요청을 처리하기까지 걸리는 시간입니다: 머신, 프로그램, 캐시를 준비하는 시간이죠. 비용은 처음부터 들고, 서비스에 투입될 때까지는 다른 서버들이 부하를 감당합니다.</translation>
    </message>
    <message>
        <source>Check interval</source>
        <translation>점검 간격</translation>
    </message>
    <message>
        <source>How often the group measures its servers' utilization and decides.</source>
        <translation>그룹이 서버 사용률을 재고 결정을 내리는 주기입니다.</translation>
    </message>
    <message>
        <source>Servers: %1. New servers copy %2 and its links.</source>
        <translation>서버: %1. 새 서버는 %2와(과) 그 링크를 복사합니다.</translation>
    </message>
    <message>
        <source>How busy the group keeps its servers. Every check it measures their mean utilization and adds servers when the load needs more to stay at the target; when fewer servers would still stay below 90 % of the target, it removes the extra ones. Lower targets leave room for bursts and cost more.</source>
        <translation>그룹이 서버를 얼마나 바쁘게 유지할지입니다. 점검할 때마다 서버들의 평균 사용률을 재서, 목표를 지키는 데 서버가 더 필요하면 추가하고, 더 적은 서버로도 목표의 90 % 아래에 머물 수 있으면 남는 서버를 제거합니다. 목표가 낮을수록 급증에 대비할 여유가 생기지만 비용이 더 듭니다.</translation>
    </message>
</context>
<context>
    <name>scalelab::InspectorLinkPage</name>
    <message>
        <source>Link</source>
        <translation>링크</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <source>The share of requests that take this link, from 0 to 1. A service picks one of its outgoing links by these weights; a web server calls this target with this probability for each request (0.3 = 30% of requests also query it).</source>
        <translation>이 링크를 타는 요청의 비율(0~1). 서비스는 이 가중치로 나가는 링크 하나를 고르고, 웹 서버는 요청마다 이 확률로 대상을 호출합니다(0.3 = 요청의 30%가 이 대상에도 질의).</translation>
    </message>
    <message>
        <source>Network latency</source>
        <translation>네트워크 지연 시간</translation>
    </message>
    <message>
        <source>One-way network delay. Inside a data center it is well under a millisecond; between regions tens to hundreds of milliseconds, paid on every call.</source>
        <translation>단방향 네트워크 지연. 데이터 센터 안에서는 1밀리초에 훨씬 못 미치고, 리전 사이에서는 수십~수백 밀리초이며 호출할 때마다 듭니다.</translation>
    </message>
    <message>
        <source>Carries</source>
        <translation>전달하는 요청</translation>
    </message>
    <message>
        <source>Which kinds of request travel this link. All ticked: every kind. Untick a kind to route it elsewhere, e.g. static assets to a CDN.</source>
        <translation>이 링크로 가는 요청 종류입니다. 모두 체크하면 모든 종류가 갑니다. 체크를 풀면 다른 곳으로 보낼 수 있습니다(예: 정적 콘텐츠는 CDN으로).</translation>
    </message>
    <message>
        <source>Backup: only while the first is down</source>
        <translation>백업: 첫 번째가 다운된 동안에만</translation>
    </message>
    <message>
        <source>A second target, asked only instead of a normal link from the same component whose target is down (the connection is refused, so the caller knows at once). While that target is up this one gets nothing. From users: a secondary nameserver.</source>
        <translation>같은 구성 요소의 일반 링크 대상이 다운되었을 때에만(연결이 거부되므로 호출자가 즉시 압니다) 그 대신 요청을 받는 두 번째 대상입니다. 그 대상이 살아 있는 동안 이 링크는 아무것도 받지 않습니다. 사용자에서 나가는 링크라면: 보조 네임서버입니다.</translation>
    </message>
</context>
<context>
    <name>scalelab::InspectorScenarioPage</name>
    <message>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>A title for this design, shown in reports.</source>
        <translation>보고서에 표시되는 이 설계의 제목.</translation>
    </message>
    <message>
        <source>Run length</source>
        <translation>실행 시간</translation>
    </message>
    <message>
        <source>How much simulated time a run covers. Longer runs give tighter confidence intervals on the measured latency.</source>
        <translation>한 번의 실행이 다루는 시뮬레이션 시간입니다. 길게 실행할수록 측정한 지연 시간의 신뢰 구간이 좁아집니다.</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>워밍업</translation>
    </message>
    <message>
        <source>Statistics start after this much simulated time, so the empty system at the start does not make latency look better than it is. Must be shorter than the run.</source>
        <translation>이 시간이 지난 뒤부터 통계를 냅니다. 처음의 빈 시스템 때문에 지연 시간이 실제보다 좋아 보이지 않게 하려는 것입니다. 실행 시간보다 짧아야 합니다.</translation>
    </message>
    <message>
        <source>The load (how many users, how many requests per second, what they ask for) is set on the users' card: select it on the canvas.</source>
        <translation>부하(사용자 수, 초당 요청 수, 요청 종류)는 사용자 카드에서 정합니다. 캔버스에서 사용자 카드를 선택하세요.</translation>
    </message>
    <message>
        <source>Service level objective</source>
        <translation>서비스 수준 목표(SLO)</translation>
    </message>
    <message>
        <source>p99 at most</source>
        <translation>p99 최대</translation>
    </message>
    <message>
        <source>The 99th percentile of the latency the design promises. The chaos test fails a component and checks it over the rest of the run.</source>
        <translation>설계가 약속하는 지연 시간의 99번째 백분위수. 카오스 테스트는 구성 요소 하나를 고장 내고 남은 실행 동안 이를 확인합니다.</translation>
    </message>
    <message>
        <source>Availability at least</source>
        <translation>가용성 최소</translation>
    </message>
    <message>
        <source>The share of requests that must succeed (99.9 % allows one failure in a thousand), after any one component fails.</source>
        <translation>어떤 구성 요소 하나가 고장 난 뒤에도 성공해야 하는 요청의 비율(99.9 %는 천 번에 한 번의 실패를 허용).</translation>
    </message>
</context>
<context>
    <name>scalelab::InspectorWidget</name>
    <message>
        <source>Faults: fail, recover, slow down…</source>
        <translation>장애: 중단, 복구, 느리게…</translation>
    </message>
    <message>
        <source>Inject a fault into the running simulation: kill this component, bring it back, or slow it down, and watch what the others do.</source>
        <translation>실행 중인 시뮬레이션에 장애를 주입합니다. 이 구성 요소를 죽이거나, 되살리거나, 느리게 만들고 다른 구성 요소가 어떻게 반응하는지 지켜보세요.</translation>
    </message>
    <message>
        <source>Select a component or a link to see and edit its parameters.</source>
        <translation>구성 요소나 링크를 선택하면 매개변수를 보고 고칠 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>scalelab::Kind</name>
    <message>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>Stores the data: reads and writes take different times; relational supports joins but scales up, key-value is faster and scales out.</source>
        <translation>데이터를 저장합니다. 읽기와 쓰기에 걸리는 시간이 다릅니다. 관계형은 조인을 지원하지만 수직 확장하고, 키-값 저장소는 더 빠르며 수평 확장합니다.</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Turns a domain name into an IP address; clients cache the answer for its TTL, so only some requests pay the lookup.</source>
        <translation>도메인 이름을 IP 주소로 바꿉니다. 클라이언트가 응답을 TTL 동안 캐시하므로 일부 요청만 조회 비용을 냅니다.</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>로드밸런서</translation>
    </message>
    <message>
        <source>The public entry point that spreads requests over the servers behind it and stops sending to a server its health checks find dead.</source>
        <translation>공개 진입점으로, 뒤에 있는 서버들에 요청을 나누어 보내고 헬스 체크에서 죽은 것으로 확인된 서버에는 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>A generic queueing station: requests wait for one of its workers, are served, then move on along one outgoing link.</source>
        <translation>일반적인 대기행렬 스테이션입니다. 요청은 워커를 기다렸다가 처리된 뒤 나가는 링크 하나를 따라 이동합니다.</translation>
    </message>
    <message>
        <source>Web server</source>
        <translation>웹 서버</translation>
    </message>
    <message>
        <source>Runs the application: each request holds a worker while it calls the components behind it (database, cache) and waits for their answers.</source>
        <translation>애플리케이션을 실행합니다. 각 요청은 뒤의 구성 요소(데이터베이스, 캐시)를 호출하고 응답을 기다리는 동안 워커 하나를 차지합니다.</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>캐시</translation>
    </message>
    <message>
        <source>Keeps recently read data in memory: a hit is answered at once, a miss is fetched from what it caches and then kept, so the database behind it does less work.</source>
        <translation>최근 읽은 데이터를 메모리에 보관합니다. 적중하면 바로 응답하고, 미스가 나면 캐시 대상에서 가져온 뒤 보관하므로 뒤에 있는 데이터베이스의 일이 줄어듭니다.</translation>
    </message>
    <message>
        <source>CDN</source>
        <translation>CDN</translation>
    </message>
    <message>
        <source>Edge servers near the users that serve static assets (images, video, CSS, JavaScript): a hit is answered at the edge, a miss is fetched from the origin it links to and kept for its TTL.</source>
        <translation>사용자 가까이에서 정적 자산(이미지, 동영상, CSS, JavaScript)을 제공하는 엣지 서버: 히트는 엣지에서 바로 응답하고, 미스는 연결된 원본 서버에서 가져와 TTL 동안 보관합니다.</translation>
    </message>
    <message>
        <source>The users on web browsers and mobile apps: how many, how many requests per second, what they ask for. Their link goes to the entry point (DNS or a load balancer); static assets may go to a CDN by a link of their own.</source>
        <translation>웹 브라우저와 모바일 앱의 사용자: 몇 명인지, 초당 몇 개의 요청을 보내는지, 무엇을 요청하는지. 링크는 진입점(DNS 또는 로드밸런서)으로 가고, 정적 자산은 별도의 링크로 CDN에 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Session store</source>
        <translation>세션 저장소</translation>
    </message>
    <message>
        <source>Keeps the users' login sessions outside the web servers (a NoSQL store such as Redis or DynamoDB), so that any server can answer any user: web servers with session: store read every request's session from it.</source>
        <translation>사용자의 로그인 세션을 웹 서버 밖(Redis나 DynamoDB 같은 NoSQL 저장소)에 보관하여 어느 서버든 어느 사용자에게나 응답할 수 있게 합니다. session: store인 웹 서버는 모든 요청의 세션을 여기서 읽습니다.</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>메시지 큐</translation>
    </message>
    <message>
        <source>Holds messages until a consumer takes them (SQS, RabbitMQ): a publish returns as soon as the message is stored, and the components it links to take messages only when a worker is free, so a burst waits in the queue. Its capacity counts the messages it holds.</source>
        <translation>소비자가 가져갈 때까지 메시지를 보관합니다(SQS, RabbitMQ): 발행은 메시지가 저장되자마자 응답하고, 큐가 연결된 구성 요소는 워커가 비었을 때만 메시지를 가져가므로 급증한 작업은 큐에서 기다립니다. 용량은 큐가 보관하는 메시지 수를 셉니다.</translation>
    </message>
    <message>
        <source>GeoDNS</source>
        <translation>GeoDNS</translation>
    </message>
    <message>
        <source>A DNS that answers each user with the nearest healthy data center (Route 53's latency routing): it health-checks each data center's entry point, and users keep its answer for the TTL.</source>
        <translation>각 사용자에게 가장 가까운 정상 데이터 센터로 응답하는 DNS입니다(Route 53의 지연 시간 기반 라우팅). 각 데이터 센터의 진입점을 헬스 체크하며, 사용자는 그 응답을 TTL 동안 보관합니다.</translation>
    </message>
    <message>
        <source>Shard router</source>
        <translation>샤드 라우터</translation>
    </message>
    <message>
        <source>Splits the data over several databases (shards) by a shard key, such as the user id (Vitess, MongoDB's mongos): each request goes to the one shard that holds its key; a join across shards asks them all.</source>
        <translation>샤드 키(예: 사용자 ID)로 데이터를 여러 데이터베이스(샤드)에 나눕니다(Vitess, MongoDB의 mongos): 각 요청은 그 키를 가진 샤드 하나로 가고, 샤드를 가로지르는 조인은 모든 샤드에 묻습니다.</translation>
    </message>
</context>
<context>
    <name>scalelab::LatencyChart</name>
    <message>
        <source>latency</source>
        <translation>지연 시간</translation>
    </message>
</context>
<context>
    <name>scalelab::Lesson</name>
    <message>
        <source>At low load the latency is flat</source>
        <translation>부하가 낮을 때는 지연 시간이 평평하다</translation>
    </message>
    <message>
        <source>Raise the end of the load curve until p99 passes 1 s: the hockey stick</source>
        <translation>p99가 1초를 넘을 때까지 부하 곡선의 끝을 올린다: 하키 스틱</translation>
    </message>
    <message>
        <source>While the one server is down, every request fails</source>
        <translation>서버 한 대가 죽어 있는 동안 모든 요청이 실패한다</translation>
    </message>
    <message>
        <source>The web tier is not the bottleneck</source>
        <translation>웹 계층은 병목이 아니다</translation>
    </message>
    <message>
        <source>Find the tier that saturates first and give it room: below 70 % busy</source>
        <translation>먼저 포화되는 계층을 찾아 여유를 준다: 사용률 70 % 미만</translation>
    </message>
    <message>
        <source>Then p99 falls below 150 ms at the same load</source>
        <translation>그러면 같은 부하에서 p99가 150 ms 아래로 떨어진다</translation>
    </message>
    <message>
        <source>Raise the load to 2,000 requests/s and scale the big machine up to carry it</source>
        <translation>부하를 초당 2,000건으로 올리고, 큰 서버를 스케일 업해서 감당한다</translation>
    </message>
    <message>
        <source>Keep p99 below 300 ms while it does</source>
        <translation>그동안 p99를 300 ms 아래로 유지한다</translation>
    </message>
    <message>
        <source>However big, it is one machine: when it fails, everything fails</source>
        <translation>아무리 커도 한 대다: 그 서버가 죽으면 전부 죽는다</translation>
    </message>
    <message>
        <source>Raise the load to 1,000 requests/s</source>
        <translation>부하를 초당 1,000건으로 올린다</translation>
    </message>
    <message>
        <source>Survive web2's death: at least 99 % availability once the health check notices</source>
        <translation>web2가 죽어도 버틴다: 헬스 체크가 알아챈 뒤 가용성 99 % 이상</translation>
    </message>
    <message>
        <source>...and p99 below 300 ms on the servers that are left (scale out)</source>
        <translation>…남은 서버에서 p99는 300 ms 미만 (스케일 아웃)</translation>
    </message>
    <message>
        <source>For at most $2.10 an hour: compare with the big machine of stage 3</source>
        <translation>시간당 최대 $2.10: 3단계의 큰 서버와 비교한다</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>DNS gives them the server's address</source>
        <translation>DNS가 서버 주소를 알려 준다</translation>
    </message>
    <message>
        <source>One server does everything</source>
        <translation>서버 한 대가 모든 일을 한다</translation>
    </message>
    <message>
        <source>The web tier</source>
        <translation>웹 계층</translation>
    </message>
    <message>
        <source>The data tier, on its own machine</source>
        <translation>별도 서버의 데이터 계층</translation>
    </message>
    <message>
        <source>One big machine</source>
        <translation>큰 서버 한 대</translation>
    </message>
    <message>
        <source>Its database</source>
        <translation>그 서버의 데이터베이스</translation>
    </message>
    <message>
        <source>Users and DNS</source>
        <translation>사용자와 DNS</translation>
    </message>
    <message>
        <source>The balancer's public address</source>
        <translation>로드밸런서의 공개 주소</translation>
    </message>
    <message>
        <source>Web servers on a private network</source>
        <translation>사설 네트워크의 웹 서버들</translation>
    </message>
    <message>
        <source>The shared database</source>
        <translation>공유 데이터베이스</translation>
    </message>
    <message>
        <source>1. A single server</source>
        <translation>1. 단일 서버</translation>
    </message>
    <message>
        <source>Everything runs on one machine: the web app, the database and the cache. Users look the name up in DNS, get the server's IP address and send it their HTTP requests. It is the simplest design there is, and the one every system starts from.</source>
        <translation>웹 앱, 데이터베이스, 캐시가 모두 서버 한 대에서 실행됩니다. 사용자는 DNS에 도메인 이름을 질의해 서버의 IP 주소를 받고, 그 주소로 HTTP 요청을 보냅니다. 가장 단순한 설계이며, 모든 시스템이 여기서 시작합니다.</translation>
    </message>
    <message>
        <source>Run it. Then select the users and raise the last point of their load curve above the server's capacity of 100 requests per second, and run again.</source>
        <translation>실행해 보세요. 그다음 사용자를 선택하고 부하 곡선의 마지막 점을 서버 용량인 초당 100건보다 높게 올린 뒤 다시 실행하세요.</translation>
    </message>
    <message>
        <source>The latency chart: flat while the server has spare workers, then a steep climb as the load nears capacity (the hockey stick). At 1500 s the server dies and every request fails: one machine is a single point of failure.</source>
        <translation>지연 시간 차트를 보세요. 서버에 남는 워커가 있는 동안은 평평하다가, 부하가 용량에 가까워지면 가파르게 치솟습니다(하키 스틱). 1500초에 서버가 죽으면 모든 요청이 실패합니다. 서버 한 대는 단일 장애 지점입니다.</translation>
    </message>
    <message>
        <source>2. Web tier and data tier apart</source>
        <translation>2. 웹 계층과 데이터 계층 분리</translation>
    </message>
    <message>
        <source>The web server and the database now run on machines of their own, so each tier can grow by itself. Each web request holds a worker while it waits for the database. A relational database joins tables and scales up; a key-value store answers faster and scales out.</source>
        <translation>이제 웹 서버와 데이터베이스가 각자의 서버에서 실행되므로 계층마다 따로 확장할 수 있습니다. 웹 요청은 데이터베이스를 기다리는 동안 워커 하나를 차지합니다. 관계형 데이터베이스는 테이블을 조인하고 수직 확장하며, 키-값 저장소는 더 빨리 응답하고 수평 확장합니다.</translation>
    </message>
    <message>
        <source>Run it and compare the two cards' utilization. Give the busier tier more room (more workers, or faster queries) and run again.</source>
        <translation>실행하고 두 카드의 사용률을 비교하세요. 더 바쁜 계층에 여유(워커 추가 또는 더 빠른 쿼리)를 주고 다시 실행하세요.</translation>
    </message>
    <message>
        <source>The tier that saturates first is the bottleneck: adding web servers would not help while the database is the one that is full.</source>
        <translation>먼저 포화되는 계층이 병목입니다. 가득 찬 쪽이 데이터베이스라면 웹 서버를 늘려도 소용없습니다.</translation>
    </message>
    <message>
        <source>3. Scale up</source>
        <translation>3. 스케일 업</translation>
    </message>
    <message>
        <source>Scaling up (vertical scaling): a bigger machine, with more cores and a faster CPU. It is simple and it works, up to the largest machine there is (128 cores, 4x CPU), and its price grows faster than its capacity.</source>
        <translation>스케일 업(수직적 규모 확장): 코어가 더 많고 CPU가 더 빠른 큰 서버로 바꿉니다. 단순하고 잘 통하지만 가장 큰 서버(128코어, 4배 CPU)까지만 가능하고, 가격은 용량보다 빨리 오릅니다.</translation>
    </message>
    <message>
        <source>Raise the users' rate to 2,000 requests per second, then give the big machine more cores or a faster CPU until it keeps up. Note its cost per hour.</source>
        <translation>사용자의 요청률을 초당 2,000건으로 올린 뒤, 큰 서버가 따라잡을 때까지 코어를 늘리거나 CPU를 빠르게 하세요. 시간당 비용을 기억해 두세요.</translation>
    </message>
    <message>
        <source>However big, it is still one machine: at 600 s it fails and so does every request. Compare its cost with the scale-out design of lesson 4.</source>
        <translation>아무리 커도 여전히 한 대입니다. 600초에 서버가 죽으면 모든 요청도 실패합니다. 비용을 4강의 스케일 아웃 설계와 비교해 보세요.</translation>
    </message>
    <message>
        <source>4. A load balancer</source>
        <translation>4. 로드밸런서</translation>
    </message>
    <message>
        <source>Scaling out (horizontal scaling): more machines of the same size behind a load balancer. Users reach the balancer's public address; the web servers sit on private addresses behind it. Health checks find a dead server and take it out.</source>
        <translation>스케일 아웃(수평적 규모 확장): 로드밸런서 뒤에 같은 크기의 서버를 더 둡니다. 사용자는 로드밸런서의 공개 주소로 접속하고, 웹 서버는 그 뒤의 사설 주소에 있습니다. 헬스 체크가 죽은 서버를 찾아 제외합니다.</translation>
    </message>
    <message>
        <source>Raise the load to 1,000 requests per second. Add a web server (copy web1, link the balancer to it and it to the database) until the design survives web2's death at 300 s.</source>
        <translation>부하를 초당 1,000건으로 올리세요. 300초에 web2가 죽어도 버틸 때까지 웹 서버를 추가하세요(web1을 복사하고, 로드밸런서에서 새 서버로, 새 서버에서 데이터베이스로 연결).</translation>
    </message>
    <message>
        <source>At 300 s: a short burst of errors until the health check notices, then all traffic on the servers that are left. The event log shows when the balancer marked web2 unhealthy.</source>
        <translation>300초: 헬스 체크가 알아챌 때까지 잠깐 오류가 몰리고, 그 뒤로는 모든 트래픽이 남은 서버로 갑니다. 이벤트 로그에서 로드밸런서가 web2를 비정상으로 표시한 시점을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>가용성</translation>
    </message>
    <message>
        <source>error rate</source>
        <translation>오류율</translation>
    </message>
    <message>
        <source>error rate (%1)</source>
        <translation>오류율(%1)</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>오류 수</translation>
    </message>
    <message>
        <source>errors (%1)</source>
        <translation>오류 수(%1)</translation>
    </message>
    <message>
        <source>cost per hour</source>
        <translation>시간당 비용</translation>
    </message>
    <message>
        <source>utilization of %1</source>
        <translation>%1 사용률</translation>
    </message>
    <message>
        <source>queue at %1</source>
        <translation>%1 대기열</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>처리량</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>$%1/h</source>
        <translation>시간당 $%1</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>초당 %1건</translation>
    </message>
    <message>
        <source>%1 ≤ %2</source>
        <translation>%1 ≤ %2</translation>
    </message>
    <message>
        <source>%1 ≥ %2</source>
        <translation>%1 ≥ %2</translation>
    </message>
    <message>
        <source> · after %1's failure is noticed</source>
        <translation> · %1 장애 감지 후</translation>
    </message>
    <message>
        <source>start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>end</source>
        <translation>끝</translation>
    </message>
    <message>
        <source> · %1–%2 s</source>
        <translation> · %1–%2초</translation>
    </message>
    <message>
        <source>All 400 requests/s served: the replicas share the reads</source>
        <translation>초당 400개 요청을 모두 처리: 복제본들이 읽기를 나눠 맡음</translation>
    </message>
    <message>
        <source>Survive replica1's death: its reads move to replica2</source>
        <translation>replica1의 죽음을 견디기: 그 읽기가 replica2로 옮겨 감</translation>
    </message>
    <message>
        <source>Fewer than 2 % of reads stale (a shorter lag, or semi-sync or sync replication)</source>
        <translation>오래된 읽기를 2% 미만으로(더 짧은 지연, 또는 반동기·동기 복제)</translation>
    </message>
    <message>
        <source>Lose no write when the primary dies at 400 s</source>
        <translation>400초에 주 데이터베이스가 죽어도 쓰기를 하나도 잃지 않기</translation>
    </message>
    <message>
        <source>Most reads are hits: at least 65 %</source>
        <translation>대부분의 읽기가 적중: 65% 이상</translation>
    </message>
    <message>
        <source>The database has little to do: below 50 % busy</source>
        <translation>데이터베이스는 할 일이 적음: 사용률 50% 미만</translation>
    </message>
    <message>
        <source>Survive the cache's death at 400 s: at least 99 % availability</source>
        <translation>400초 캐시의 죽음을 견디기: 가용성 99% 이상</translation>
    </message>
    <message>
        <source>The balancer and the web tier</source>
        <translation>로드 밸런서와 웹 계층</translation>
    </message>
    <message>
        <source>The primary takes the writes</source>
        <translation>주 데이터베이스가 쓰기를 받음</translation>
    </message>
    <message>
        <source>Replicas answer the reads</source>
        <translation>복제본이 읽기에 응답</translation>
    </message>
    <message>
        <source>The cache in front of it</source>
        <translation>그 앞의 캐시</translation>
    </message>
    <message>
        <source>Users and the balancer</source>
        <translation>사용자와 로드 밸런서</translation>
    </message>
    <message>
        <source>5. Database replication</source>
        <translation>5. 데이터베이스 복제</translation>
    </message>
    <message>
        <source>A primary database takes every write; replicas hold copies and answer the reads, which are most of the traffic. The primary sends each write to the replicas, which get it a little later (the replication lag): a read answered before then is stale. If a replica dies its reads move to the others; if the primary dies a replica is promoted.</source>
        <translation>주 데이터베이스가 모든 쓰기를 받고, 복제본은 사본을 가지고 트래픽의 대부분인 읽기에 응답합니다. 주 데이터베이스는 각 쓰기를 복제본에 보내고 복제본은 조금 늦게(복제 지연) 받습니다. 그 전에 응답한 읽기는 오래된 데이터입니다. 복제본이 죽으면 그 읽기는 다른 복제본으로 옮겨 가고, 주 데이터베이스가 죽으면 복제본 하나가 승격됩니다.</translation>
    </message>
    <message>
        <source>Run it and watch the replicas' lag and the stale reads. Then select the primary and set its replication to synchronous, and run again: compare the stale reads, the writes lost at 400 s and the write latency.</source>
        <translation>실행하고 복제본의 지연과 오래된 읽기를 지켜보세요. 그다음 주 데이터베이스를 선택해 복제를 동기로 바꾸고 다시 실행하세요: 오래된 읽기, 400초에 잃은 쓰기, 쓰기 지연 시간을 비교해 보세요.</translation>
    </message>
    <message>
        <source>At 200 s replica1 dies and its reads move to replica2 at the next check. At 400 s the primary dies: writes fail (failover) until a replica is promoted, and the event log counts the writes that were lost with it.</source>
        <translation>200초에 replica1이 죽고 그 읽기는 다음 확인 때 replica2로 옮겨 갑니다. 400초에 주 데이터베이스가 죽습니다: 복제본 하나가 승격될 때까지 쓰기가 실패하고(장애 조치), 이벤트 로그는 함께 잃은 쓰기 수를 알려 줍니다.</translation>
    </message>
    <message>
        <source>6. A cache</source>
        <translation>6. 캐시</translation>
    </message>
    <message>
        <source>A cache keeps recently read data in memory. A read that finds its key there (a hit) is answered at once; a miss reads the database and fills the cache. A few keys are far more popular than the rest, so a cache holding a tenth of them answers most reads.</source>
        <translation>캐시는 최근에 읽은 데이터를 메모리에 둡니다. 키를 캐시에서 찾은 읽기(적중)는 바로 응답하고, 없으면(미스) 데이터베이스를 읽어 캐시를 채웁니다. 일부 키가 나머지보다 훨씬 인기가 많으므로, 키의 10분의 1만 담은 캐시도 대부분의 읽기에 응답합니다.</translation>
    </message>
    <message>
        <source>Run it and compare the hit-ratio chart with the theory line. Make the cache smaller or give its entries a shorter TTL and run again: watch the hit ratio and the database's load. Then make the design survive the cache's death at 400 s.</source>
        <translation>실행하고 적중률 차트를 이론선과 비교해 보세요. 캐시를 더 작게 하거나 항목의 TTL을 더 짧게 하고 다시 실행하세요: 적중률과 데이터베이스 부하를 지켜보세요. 그다음 400초에 캐시가 죽어도 설계가 견디게 만들어 보세요.</translation>
    </message>
    <message>
        <source>At 400 s the cache dies: every read goes to the database, which cannot carry them (a cascade of errors). At 460 s it comes back empty and the hit ratio climbs again as it warms up.</source>
        <translation>400초에 캐시가 죽습니다: 모든 읽기가 데이터베이스로 가고, 데이터베이스는 감당하지 못합니다(오류의 연쇄). 460초에 캐시가 빈 채로 돌아오고, 채워지면서 적중률이 다시 올라갑니다.</translation>
    </message>
    <message>
        <source>hit ratio of %1</source>
        <translation>%1의 적중률</translation>
    </message>
    <message>
        <source>stale reads</source>
        <translation>오래된 읽기</translation>
    </message>
    <message>
        <source>lost writes</source>
        <translation>잃은 쓰기</translation>
    </message>
    <message>
        <source>7. A CDN</source>
        <translation>7. CDN</translation>
    </message>
    <message>
        <source>Most of what a page loads is static: images, scripts, style sheets. A CDN serves them from edge servers near the users. A hit is answered at the edge, a few milliseconds away; a miss is fetched from the origin (the web servers, far away) and kept for the TTL.</source>
        <translation>페이지가 불러오는 것의 대부분은 정적 콘텐츠입니다: 이미지, 스크립트, 스타일시트. CDN은 이를 사용자 가까이의 엣지 서버에서 제공합니다. 히트는 몇 밀리초 거리의 엣지에서 응답하고, 미스는 멀리 있는 원본(웹 서버)에서 가져와 TTL 동안 보관합니다.</translation>
    </message>
    <message>
        <source>Run it and compare the latency of static requests with the others, and the web servers' load with the CDN's hit ratio. Try Simulation &gt; Deploy New Version and watch the origin take the burst. Then make the design survive the CDN's outage at 400 s.</source>
        <translation>실행해서 정적 요청의 지연 시간을 다른 요청과, 웹 서버의 부하를 CDN의 히트율과 비교해 보세요. 시뮬레이션 &gt; 새 버전 배포를 눌러 원본이 몰려드는 요청을 받는 모습을 보세요. 그런 다음 400초의 CDN 장애를 견디도록 설계를 바꿔 보세요.</translation>
    </message>
    <message>
        <source>At 250 s a new version is deployed: every asset has a new URL, so each is fetched from the origin once. At 400 s the CDN dies: static requests fail until the site points pages at the origin 10 s later, and the web servers carry every request until the CDN is back at 520 s.</source>
        <translation>250초에 새 버전이 배포됩니다: 모든 자산의 URL이 바뀌므로 각 자산을 원본에서 한 번씩 가져옵니다. 400초에 CDN이 죽습니다: 10초 뒤 사이트가 페이지를 원본으로 돌릴 때까지 정적 요청이 실패하고, CDN이 520초에 돌아올 때까지 웹 서버가 모든 요청을 처리합니다.</translation>
    </message>
    <message>
        <source>%1 latency</source>
        <translation>%1 지연 시간</translation>
    </message>
    <message>
        <source>%1 latency (%2)</source>
        <translation>%1 지연 시간 (%2)</translation>
    </message>
    <message>
        <source>8. Sessions, a stateless web tier and autoscaling</source>
        <translation>8. 세션, 무상태 웹 계층, 오토스케일링</translation>
    </message>
    <message>
        <source>Logged-in users carry a session. Kept in a web server's memory, it ties each user to that server: a sticky balancer must send them back there, and when the server fails or is removed its users are logged out. Kept in a shared session store, any server can answer anyone: the web tier is stateless, and an autoscaling group can add and remove servers as the load moves, paying for what each hour needs.</source>
        <translation>로그인한 사용자는 세션을 가집니다. 세션을 웹 서버 메모리에 두면 사용자가 그 서버에 묶입니다: 고정 로드밸런서가 사용자를 그 서버로 돌려보내야 하고, 서버가 죽거나 제거되면 그 사용자들은 로그아웃됩니다. 공유 세션 저장소에 두면 어느 서버든 누구에게나 응답할 수 있습니다: 웹 계층이 무상태가 되고, 오토스케일링 그룹이 부하에 맞춰 서버를 추가하고 제거하며 시간마다 필요한 만큼만 비용을 냅니다.</translation>
    </message>
    <message>
        <source>Run the day and watch the group grow for the afternoon and shrink in the evening: each removed server logs its users out. Then add a session store, link web1 and web2 to it, set their session to Session store, and run again until nobody is logged out.</source>
        <translation>하루를 실행해서 그룹이 오후에 커지고 저녁에 줄어드는 것을 보세요: 제거되는 서버마다 그 사용자들이 로그아웃됩니다. 그런 다음 세션 저장소를 추가하고 web1과 web2를 연결한 뒤 세션을 세션 저장소로 바꾸고, 아무도 로그아웃되지 않을 때까지 다시 실행해 보세요.</translation>
    </message>
    <message>
        <source>From about 250 s the load outgrows the servers: the group boots copies of web1, which serve 30 s later. At 600 s web2 fails and its sessions are gone. From 750 s the load falls and the group drains and removes servers, and their sessions with them.</source>
        <translation>약 250초부터 부하가 서버 용량을 넘어섭니다: 그룹이 web1의 복사본을 부팅하고, 30초 뒤부터 요청을 처리합니다. 600초에 web2가 죽고 그 세션이 사라집니다. 750초부터 부하가 줄어 그룹이 서버를 드레인하고 제거하며, 그 세션도 함께 사라집니다.</translation>
    </message>
    <message>
        <source>10. A message queue</source>
        <translation>10. 메시지 큐</translation>
    </message>
    <message>
        <source>Work the user need not wait for (resizing a photo, sending an e-mail) goes into a message queue: the web server publishes it and answers at once. Workers take messages only when they are free, so a burst waits in the queue instead of overloading anyone, and the workers scale on their own, apart from the web tier.</source>
        <translation>사용자가 기다릴 필요가 없는 작업(사진 크기 조정, 이메일 발송)은 메시지 큐로 보냅니다: 웹 서버가 작업을 발행하고 바로 응답합니다. 워커는 비어 있을 때만 메시지를 가져가므로 급증한 작업은 누구에게도 과부하를 주지 않고 큐에서 기다리며, 워커는 웹 계층과 따로 독립적으로 확장됩니다.</translation>
    </message>
    <message>
        <source>Run it and watch the Message queue chart through the burst at 200 s: the depth climbs, then drains at the workers' spare rate, while the async latency stays low. Give the workers service twice as many workers (live, while it runs) and watch the backlog drain in less than half the time: the spare rate, the workers' rate less the publishes', more than doubles.</source>
        <translation>실행하고 200초의 급증 동안 메시지 큐 차트를 보세요: 큐 깊이가 올라갔다가 워커의 여유 처리율로 줄어드는 동안 비동기 지연 시간은 낮게 유지됩니다. workers 서비스의 워커를 두 배로 늘리고(실행 중에 바로) 밀린 작업이 절반도 안 되는 시간에 비워지는 것을 보세요: 여유 처리율(워커의 처리율에서 발행률을 뺀 값)이 두 배 넘게 커집니다.</translation>
    </message>
    <message>
        <source>At 200 s a flash sale brings five times the load for 20 s. At 210 s the workers crash and are back at 215 s: the messages they held are delivered again after the 30 s visibility timeout, and none is lost.</source>
        <translation>200초에 반짝 세일로 20초 동안 부하가 다섯 배가 됩니다. 210초에 워커가 죽었다가 215초에 돌아옵니다: 워커가 쥐고 있던 메시지는 30초의 가시성 타임아웃 뒤에 다시 전달되며, 하나도 잃지 않습니다.</translation>
    </message>
    <message>
        <source>9. Data centers and a geoDNS</source>
        <translation>9. 데이터 센터와 GeoDNS</translation>
    </message>
    <message>
        <source>Users far away wait for the distance: a second data center near them serves them quickly, and a geoDNS sends each user to the nearest one that passes its health checks. Data is replicated between the data centers, an ocean apart.</source>
        <translation>멀리 있는 사용자는 거리만큼 기다립니다. 가까운 곳의 두 번째 데이터 센터가 그들에게 빠르게 응답하고, GeoDNS는 각 사용자를 헬스 체크를 통과한 가장 가까운 데이터 센터로 보냅니다. 데이터는 바다를 사이에 둔 데이터 센터들 사이에 복제됩니다.</translation>
    </message>
    <message>
        <source>Run it: each region's latency is low for its own users. At 300 s the us-east data center dies. Its users keep their DNS answer for the TTL and fail until it expires, then move to Europe at a higher latency. Set the geoDNS's TTL to 10 s and run again: users move sooner and availability stays above 97.5 %, but the geoDNS answers more than twice as many lookups. Set db-us's replication to sync: no write is lost, but every write waits for the ocean twice.</source>
        <translation>실행해 보세요. 각 리전의 지연 시간은 그 리전 사용자에게 낮습니다. 300초에 us-east 데이터 센터가 멈춥니다. 그 사용자들은 DNS 응답을 TTL 동안 보관하므로 만료될 때까지 실패하고, 그다음 더 높은 지연 시간으로 유럽으로 옮겨 갑니다. GeoDNS의 TTL을 10초로 바꾸고 다시 실행하세요. 사용자가 더 빨리 옮겨 가고 가용성은 97.5 % 이상을 유지하지만, GeoDNS는 두 배 넘는 조회에 응답합니다. db-us의 복제를 sync로 바꾸면 쓰기가 하나도 유실되지 않지만, 모든 쓰기가 바다를 두 번 건너기를 기다립니다.</translation>
    </message>
    <message>
        <source>At 300 s the whole us-east data center fails (right-click a data center's title to fail it by hand). The European replica is promoted 20 s after the primary is noticed down; the writes it had not received are lost.</source>
        <translation>300초에 us-east 데이터 센터 전체가 장애를 일으킵니다(데이터 센터 제목을 오른쪽 클릭해 직접 장애를 낼 수도 있습니다). 주 데이터베이스의 장애가 감지되고 20초 뒤 유럽의 복제본이 승격되며, 그 복제본이 받지 못한 쓰기는 유실됩니다.</translation>
    </message>
    <message>
        <source>12. Sharding the database</source>
        <translation>12. 데이터베이스 샤딩</translation>
    </message>
    <message>
        <source>When one database cannot keep up, split the data: each shard holds the keys the shard key maps to, and a shard router sends every query to the one shard that has its key. Adding a shard moves keys: with modulo hashing most of them, with consistent hashing about one in N+1. One very popular key still lands on one shard, and a query that needs every shard is as slow as the slowest.</source>
        <translation>데이터베이스 하나로 감당할 수 없으면 데이터를 나눕니다: 각 샤드는 샤드 키가 가리키는 키를 맡고, 샤드 라우터는 모든 쿼리를 그 키를 가진 샤드 하나로 보냅니다. 샤드를 추가하면 키가 옮겨집니다: 모듈로 해시에서는 대부분이, 안정 해시에서는 약 N+1개 중 하나가 옮겨집니다. 아주 인기 있는 키 하나는 여전히 한 샤드에 몰리고, 모든 샤드가 필요한 쿼리는 가장 느린 샤드만큼 느립니다.</translation>
    </message>
    <message>
        <source>Run it and watch the router's card: one load bar per shard. At 200 s the fourth shard joins; the event log says how many keys move, and the bars rise while they are copied. Set the router's scheme to consistent_hash and run again: compare keys_moved. Then set join_share to 0 (denormalised) and compare the p95 of reads.</source>
        <translation>실행하고 라우터 카드를 보세요: 샤드마다 부하 막대가 하나씩 있습니다. 200초에 네 번째 샤드가 합류하면 이벤트 로그에 옮겨지는 키 수가 나오고, 복사하는 동안 막대가 올라갑니다. 라우터의 scheme을 consistent_hash로 바꿔 다시 실행하고 keys_moved를 비교하세요. 그다음 join_share를 0으로(비정규화) 두고 읽기 p95를 비교하세요.</translation>
    </message>
    <message>
        <source>At 200 s the router adds its fourth shard (a scheduled add_shard). At 400 s a celebrity's fans send 1,100 reads a second for one key: the shard holding it saturates and refuses queries while the others idle.</source>
        <translation>200초에 라우터가 네 번째 샤드를 추가합니다(예약된 add_shard). 400초에 유명인의 팬들이 키 하나에 초당 1,100건의 읽기를 보냅니다: 그 키를 가진 샤드는 포화되어 쿼리를 거절하고, 다른 샤드는 한가합니다.</translation>
    </message>
    <message>
        <source>13. A million users</source>
        <translation>13. 사용자 백만 명</translation>
    </message>
    <message>
        <source>Everything of the chapter together: a geoDNS and two data centers, a CDN, balancers, a stateless web tier that scales itself, a session store, a cache, sharded databases with replicas, and queues with workers. A million users bring 22,000 requests a second at their evening peak, and the design keeps its promise: p99 below 300 ms and 99.9 % of requests answered.</source>
        <translation>이 장의 모든 것을 한데 모읍니다: 지오DNS와 데이터 센터 두 곳, CDN, 로드밸런서, 스스로 늘고 줄어드는 무상태 웹 계층, 세션 저장소, 캐시, 복제본을 둔 샤딩된 데이터베이스, 워커가 딸린 메시지 대기열. 사용자 백만 명이 저녁 피크에 초당 22,000건의 요청을 보내고, 설계는 약속을 지킵니다: p99는 300 ms 미만이고 요청의 99.9 %에 응답합니다.</translation>
    </message>
    <message>
        <source>The load follows a day: about 6,600 requests a second at midnight, 4,000 in the small hours, 22,000 at the peak at 285 s. The autoscaling group adds web servers from about 140 s and removes them from 315 s.</source>
        <translation>부하는 하루를 따릅니다: 자정에 초당 약 6,600건, 새벽에 4,000건, 285초의 피크에 22,000건입니다. 오토스케일링 그룹은 약 140초부터 웹 서버를 추가하고 315초부터 제거합니다.</translation>
    </message>
    <message>
        <source>The SLO, all day: p99 below 300 ms</source>
        <translation>하루 종일 SLO 준수: p99 300 ms 미만</translation>
    </message>
    <message>
        <source>…and at least 99.9 % of requests answered</source>
        <translation>…그리고 요청의 99.9 % 이상에 응답</translation>
    </message>
    <message>
        <source>A million users at their evening peak: more than 20,000 requests/s served</source>
        <translation>사용자 백만 명의 저녁 피크: 초당 20,000건 넘게 처리</translation>
    </message>
    <message>
        <source>The CDN answers the static assets: a hit ratio of at least 95 %</source>
        <translation>CDN이 정적 자산에 응답: 적중률 95 % 이상</translation>
    </message>
    <message>
        <source>All of it for less than $5 an hour, the web tier growing only for the evening</source>
        <translation>이 모든 것을 시간당 5달러 미만으로, 웹 계층은 저녁에만 늘어남</translation>
    </message>
    <message>
        <source>A million users, a geoDNS and a balancer</source>
        <translation>사용자 백만 명, 지오DNS, 로드밸런서</translation>
    </message>
    <message>
        <source>A stateless web tier that scales itself, sessions in a store</source>
        <translation>스스로 늘고 줄어드는 무상태 웹 계층, 저장소에 둔 세션</translation>
    </message>
    <message>
        <source>A cache, and data sharded over primaries with replicas</source>
        <translation>캐시, 그리고 복제본을 둔 프라이머리들에 샤딩된 데이터</translation>
    </message>
    <message>
        <source>A CDN for static assets</source>
        <translation>정적 자산을 위한 CDN</translation>
    </message>
    <message>
        <source>A second data center</source>
        <translation>두 번째 데이터 센터</translation>
    </message>
    <message>
        <source>Queues and workers in both data centers</source>
        <translation>두 데이터 센터의 대기열과 워커</translation>
    </message>
    <message>
        <source>At least 99 % of requests answered through the sale and the replica's death</source>
        <translation>세일과 복제본 장애를 거치는 동안 요청의 99 % 이상에 응답</translation>
    </message>
    <message>
        <source>Once the group has scaled out, pages are quick again during the sale</source>
        <translation>그룹이 스케일 아웃하고 나면 세일 중에도 페이지가 다시 빠름</translation>
    </message>
    <message>
        <source>The automation pays only for what the load needs</source>
        <translation>자동화는 부하에 필요한 만큼만 비용을 냄</translation>
    </message>
    <message>
        <source>11. Logs, metrics and automation</source>
        <translation>11. 로그, 지표, 자동화</translation>
    </message>
    <message>
        <source>A system you cannot see, you cannot run. Monitoring measures every host (CPU, memory, disk writes, network), every tier (throughput, p95, errors, utilization) and the business (daily active users, revenue against cost), and alert rules watch the figures: each fires when its metric stays past a threshold for a while, and resolves when it is back. Automation acts on the same figures: the autoscaling group adds servers when the web tier is busy.</source>
        <translation>보이지 않는 시스템은 운영할 수 없습니다. 모니터링은 모든 호스트(CPU, 메모리, 디스크 쓰기, 네트워크), 모든 계층(처리량, p95, 오류, 사용률), 그리고 비즈니스(일간 활성 사용자, 비용 대비 매출)를 측정하고, 알림 규칙이 그 수치를 지켜봅니다: 지표가 한동안 임계값을 넘으면 알림이 발생하고, 돌아오면 해제됩니다. 자동화도 같은 수치로 움직입니다: 웹 계층이 바쁘면 오토스케일링 그룹이 서버를 추가합니다.</translation>
    </message>
    <message>
        <source>Open the Metrics dock (View menu) and run it. Pick series in its chart: db.disk_writes_ps, cache.memory_mb, tier.web_server.utilization. Take the web tier's autoscaling away (ungroup it) and run the sale again: web_tier_hot and slow_pages stay firing and the errors alert joins them.</source>
        <translation>지표 도크(보기 메뉴)를 열고 실행하세요. 차트에서 시계열을 골라 보세요: db.disk_writes_ps, cache.memory_mb, tier.web_server.utilization. 웹 계층의 오토스케일링을 없애고(그룹 해제) 세일을 다시 실행하세요: web_tier_hot과 slow_pages가 계속 발생 중이고 errors 알림도 함께 발생합니다.</translation>
    </message>
    <message>
        <source>At 240 s a flash sale brings four times the load: web_tier_hot fires, the group scales out, and the alert resolves once the new servers have booted. At 600 s replica1 dies: replica_down fires that second and resolves when it is back. The event log lists every alert, failure and scaling action with its simulated time.</source>
        <translation>240초에 반짝 세일로 부하가 네 배가 됩니다: web_tier_hot이 발생하고, 그룹이 스케일 아웃하며, 새 서버가 부팅을 마치면 알림이 해제됩니다. 600초에 replica1이 죽습니다: replica_down이 그 초에 발생하고 복구되면 해제됩니다. 이벤트 로그에는 모든 알림, 장애, 스케일링 동작이 시뮬레이션 시각과 함께 남습니다.</translation>
    </message>
    <message>
        <source>Run the compressed day and watch the web tier grow for the evening and shrink at night. Then run Simulation &gt; Chaos Test: each component fails in turn, and every row holds. Find the second geoDNS, session store and shard router, which are asked only while the first is down (backup links); delete one of those links and run the chaos test again.</source>
        <translation>압축된 하루를 실행하고 웹 계층이 저녁에 늘었다가 밤에 줄어드는 것을 보세요. 그다음 시뮬레이션 &gt; 카오스 테스트를 실행하세요: 구성 요소가 하나씩 차례로 실패하고, 모든 행이 유지됩니다. 첫 번째가 다운된 동안에만 요청을 받는 두 번째 geoDNS, 세션 저장소, 샤드 라우터(백업 링크)를 찾아보세요. 그 링크 중 하나를 지우고 카오스 테스트를 다시 실행해 보세요.</translation>
    </message>
</context>
<context>
    <name>scalelab::LessonsDock</name>
    <message>
        <source>Done: every goal was met</source>
        <translation>완료: 모든 목표를 달성했습니다</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>아직 완료하지 않음</translation>
    </message>
    <message>
        <source>Forget Progress</source>
        <translation>진도 초기화</translation>
    </message>
    <message>
        <source>Lessons &amp;Panel</source>
        <translation>강의 패널(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>강의(&amp;L)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>met</source>
        <translation>달성</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>강의</translation>
    </message>
    <message>
        <source>The chapter, stage by stage. Double-click a lesson to open it.</source>
        <translation>장 전체를 단계별로 보여 줍니다. 강의를 두 번 클릭하면 열립니다.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>측정값</translation>
    </message>
    <message>
        <source>The lesson's file cannot be read:
%1</source>
        <translation>강의 파일을 읽을 수 없습니다:
%1</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>강의 열기</translation>
    </message>
    <message>
        <source>The design has unsaved changes. Open the lesson anyway and lose them?</source>
        <translation>설계에 저장하지 않은 변경 사항이 있습니다. 변경 사항을 버리고 강의를 열까요?</translation>
    </message>
    <message>
        <source>Double-click a lesson above to open it.</source>
        <translation>위의 강의를 두 번 클릭해 여세요.</translation>
    </message>
    <message>
        <source>This design has goals of its own: run it to see whether they are met.</source>
        <translation>이 설계에는 자체 목표가 있습니다. 실행해서 달성했는지 확인하세요.</translation>
    </message>
    <message>
        <source>Try:</source>
        <translation>해 볼 것:</translation>
    </message>
    <message>
        <source>Watch:</source>
        <translation>지켜볼 것:</translation>
    </message>
    <message>
        <source>This design has no goals.</source>
        <translation>이 설계에는 목표가 없습니다.</translation>
    </message>
    <message>
        <source>Goals: run the design to judge them.</source>
        <translation>목표: 설계를 실행하면 판정합니다.</translation>
    </message>
    <message>
        <source>%1 of %2 goals met</source>
        <translation>목표 %2개 중 %1개 달성</translation>
    </message>
</context>
<context>
    <name>scalelab::LiveChart</name>
    <message>
        <source>simulated time (s)</source>
        <translation>시뮬레이션 시간(초)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>차트 내보내기</translation>
    </message>
    <message>
        <source>Follow the newest data</source>
        <translation>최신 데이터 따라가기</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>구간</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>Logarithmic scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <source>Export picture as PNG…</source>
        <translation>그림을 PNG로 내보내기…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Export picture as PDF…</source>
        <translation>그림을 PDF로 내보내기…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>데이터를 CSV로 내보내기…</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
</context>
<context>
    <name>scalelab::LiveOverlayItem</name>
    <message>
        <source>queue %1 / %2</source>
        <translation>대기열 %1 / %2</translation>
    </message>
    <message>
        <source>queue %L1 (log scale)</source>
        <translation>대기열 %L1 (로그 눈금)</translation>
    </message>
    <message>
        <source>queue 0</source>
        <translation>대기열 0</translation>
    </message>
    <message>
        <source>booting</source>
        <translation>부팅 중</translation>
    </message>
    <message>
        <source>draining</source>
        <translation>드레인 중</translation>
    </message>
</context>
<context>
    <name>scalelab::LiveView</name>
    <message>
        <source>Event log</source>
        <translation>이벤트 로그</translation>
    </message>
    <message>
        <source>Not applied to the run: %1</source>
        <translation>실행에 반영되지 않음: %1</translation>
    </message>
    <message>
        <source>≈ %1 in real time</source>
        <translation>실제 시간으로 약 %1</translation>
    </message>
    <message>
        <source>Fail %1</source>
        <translation>%1 중단</translation>
    </message>
    <message>
        <source>Recover %1</source>
        <translation>%1 복구</translation>
    </message>
    <message>
        <source>Slow down ×%1</source>
        <translation>×%1 느리게</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>정상 속도</translation>
    </message>
    <message>
        <source>The run is over: its summary is in the Run summary panel.</source>
        <translation>실행이 끝났습니다. 요약은 실행 요약 패널에 있습니다.</translation>
    </message>
    <message>
        <source>Promote %1 to primary</source>
        <translation>%1을(를) 주 데이터베이스로 승격</translation>
    </message>
    <message>
        <source>Make this replica the primary now: writes go to it; writes the old primary committed that it never received are lost</source>
        <translation>지금 이 복제본을 주 데이터베이스로 만듭니다: 쓰기가 이곳으로 옵니다. 옛 주 데이터베이스가 커밋했지만 이 복제본이 받지 못한 쓰기는 잃습니다</translation>
    </message>
    <message>
        <source>replicating</source>
        <translation>복제 중</translation>
    </message>
    <message>
        <source>lag %1 ms</source>
        <translation>지연 %1 ms</translation>
    </message>
    <message>
        <source>replica down</source>
        <translation>복제본 다운</translation>
    </message>
    <message>
        <source>Deploy a new version to %1</source>
        <translation>%1에 새 버전 배포</translation>
    </message>
    <message>
        <source>Its assets get new URLs: each is fetched from the origin once</source>
        <translation>자산의 URL이 바뀝니다: 각 자산을 원본에서 한 번씩 가져옵니다</translation>
    </message>
    <message>
        <source>Add a Replica of %1</source>
        <translation>%1의 복제본 추가</translation>
    </message>
    <message>
        <source>A copy of this database that receives its writes and answers reads, linked from whatever reads from it</source>
        <translation>이 데이터베이스의 쓰기를 받아 읽기에 응답하는 복사본이며, 이 데이터베이스에서 읽는 모든 구성 요소와 연결됩니다</translation>
    </message>
    <message>
        <source>Fail Data Center %1</source>
        <translation>데이터 센터 %1 장애 내기</translation>
    </message>
    <message>
        <source>Everything in it goes down at once, as in a power or network outage</source>
        <translation>정전이나 네트워크 장애처럼 그 안의 모든 것이 한꺼번에 멈춥니다</translation>
    </message>
    <message>
        <source>Recover Data Center %1</source>
        <translation>데이터 센터 %1 복구</translation>
    </message>
    <message>
        <source>Add a Shard to %1</source>
        <translation>%1에 샤드 추가</translation>
    </message>
    <message>
        <source>A new database linked from this router: the keys whose shard changes move to it, and copying them loads the shards for a while</source>
        <translation>이 라우터에 연결된 새 데이터베이스입니다: 샤드가 바뀌는 키가 그리로 옮겨지며, 복사하는 동안 샤드 부하가 잠시 커집니다</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>&amp;Metrics Dashboard</source>
        <translation>지표 대시보드(&amp;M)</translation>
    </message>
</context>
<context>
    <name>scalelab::MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Drag a component from the palette; drag from a card's edge handle to another card to connect them.</source>
        <translation>팔레트에서 구성 요소를 끌어다 놓으세요. 카드 가장자리의 핸들을 다른 카드로 끌면 연결됩니다.</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>팔레트</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>History</source>
        <translation>작업 기록</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;열림&gt;</translation>
    </message>
    <message>
        <source>%1[*] — ScaleLab</source>
        <translation>%1[*] — ScaleLab</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1을(를) 열 수 없습니다</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1을(를) 내보냈습니다</translation>
    </message>
    <message>
        <source>New design</source>
        <translation>새 설계</translation>
    </message>
    <message>
        <source>Open design</source>
        <translation>설계 열기</translation>
    </message>
    <message>
        <source>ScaleLab designs (*.yaml *.yml);;All files (*)</source>
        <translation>ScaleLab 설계 (*.yaml *.yml);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Save design as</source>
        <translation>다른 이름으로 설계 저장</translation>
    </message>
    <message>
        <source>ScaleLab designs (*.yaml *.yml)</source>
        <translation>ScaleLab 설계 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>diagram</source>
        <translation>다이어그램</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>다이어그램 내보내기</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 파일 (*.%2)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation>%1에 저장하지 않은 변경 사항이 있습니다. 먼저 저장할까요?</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>PNG로 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>SVG로 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>PDF로 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>실제 크기(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>화면에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid (hold Alt to place freely)</source>
        <translation>격자에 맞추기(&amp;S) (Alt를 누르면 자유롭게 배치)</translation>
    </message>
    <message>
        <source>Ctrl+'</source>
        <translation>Ctrl+'</translation>
    </message>
    <message>
        <source>&amp;Light Theme</source>
        <translation>밝은 테마(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>어두운 테마(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>Link %1 → %2 refused: %3</source>
        <translation>링크 %1 → %2 거부됨: %3</translation>
    </message>
    <message>
        <source>Connected %1 → %2</source>
        <translation>%1 → %2 연결함</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n component(s)</source>
        <translation><numerusform>구성 요소 %n개 복사함</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Cut %n component(s)</source>
        <translation><numerusform>구성 요소 %n개 잘라냄</numerusform></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>Nothing to paste: %1</source>
        <translation>붙여넣을 것이 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Group as Private Network</source>
        <translation>사설 네트워크로 묶기(&amp;G)</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Draw a private network around the selected components: servers on private addresses behind a load balancer</source>
        <translation>선택한 구성 요소 둘레에 사설 네트워크를 그립니다: 로드밸런서 뒤 사설 주소의 서버들</translation>
    </message>
    <message>
        <source>Group as Data &amp;Center</source>
        <translation>데이터 센터로 묶기(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Draw a data center around the selected components</source>
        <translation>선택한 구성 요소 둘레에 데이터 센터를 그립니다</translation>
    </message>
    <message>
        <source>U&amp;ngroup</source>
        <translation>그룹 해제(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Remove the selected group boxes; their components stay</source>
        <translation>선택한 그룹 상자를 지웁니다. 안의 구성 요소는 남습니다</translation>
    </message>
    <message>
        <source>Rena&amp;me Group…</source>
        <translation>그룹 이름 바꾸기(&amp;M)…</translation>
    </message>
    <message>
        <source>Change the title of the selected group</source>
        <translation>선택한 그룹의 제목을 바꿉니다</translation>
    </message>
    <message>
        <source>Select the components to group first</source>
        <translation>먼저 묶을 구성 요소를 선택하세요</translation>
    </message>
    <message>
        <source>Grouped as %1; drag its title to move it, double-click the title to rename it</source>
        <translation>%1(으)로 묶었습니다. 제목을 끌어 옮기고, 두 번 클릭해 이름을 바꾸세요</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>그룹 이름 바꾸기</translation>
    </message>
    <message>
        <source>Title of the %1 box (for example "Private network 10.0.0.0/24"):</source>
        <translation>%1 상자의 제목 (예: "사설 네트워크 10.0.0.0/24"):</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>바뀌지 않음: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>실행 취소: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>다시 실행: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n component(s)</source>
        <translation><numerusform>구성 요소 %n개 붙여넣음</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Duplicated %n component(s)</source>
        <translation><numerusform>구성 요소 %n개 복제함</numerusform></translation>
    </message>
    <message>
        <source>Group as &amp;Autoscaling Group</source>
        <translation>오토스케일링 그룹으로 묶기(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+G</source>
        <translation>Ctrl+Alt+G</translation>
    </message>
    <message>
        <source>Let the kernel add and remove copies of the selected web servers as the load moves (select web servers behind a load balancer; the first is the template)</source>
        <translation>부하에 따라 선택한 웹 서버의 복사본을 커널이 추가하고 제거합니다 (로드밸런서 뒤의 웹 서버를 선택하세요; 첫 번째가 템플릿입니다)</translation>
    </message>
    <message>
        <source>Not grouped: %1</source>
        <translation>묶지 않음: %1</translation>
    </message>
    <message>
        <source>No replica of %1: %2</source>
        <translation>%1의 복제본을 만들 수 없음: %2</translation>
    </message>
    <message>
        <source>Add %1, a replica of %2</source>
        <translation>%2의 복제본 %1 추가</translation>
    </message>
    <message>
        <source>%1 copies %2: writes go to the primary, reads are spread over the replicas</source>
        <translation>%1이(가) %2을(를) 복사합니다: 쓰기는 주 데이터베이스로, 읽기는 복제본들에 나뉘어 갑니다</translation>
    </message>
    <message>
        <source>Set Data Center &amp;Region…</source>
        <translation>데이터 센터 리전 설정(&amp;R)…</translation>
    </message>
    <message>
        <source>Say where the selected data center stands (us-east, europe, asia ...): links to other regions pay the latency between them, and a geoDNS sends users to the nearest</source>
        <translation>선택한 데이터 센터가 어디에 있는지 정합니다(us-east, europe, asia ...). 다른 리전으로 가는 링크는 리전 사이의 지연 시간을 치르고, GeoDNS는 사용자를 가장 가까운 곳으로 보냅니다</translation>
    </message>
    <message>
        <source>Data center region</source>
        <translation>데이터 센터 리전</translation>
    </message>
    <message>
        <source>Region of %1 (pick one or type a new name; empty: none):</source>
        <translation>%1의 리전(하나를 고르거나 새 이름을 입력하세요. 비우면 없음):</translation>
    </message>
    <message>
        <source>Export &amp;Run…</source>
        <translation>실행 내보내기(&amp;R)…</translation>
    </message>
    <message>
        <source>Export with live state</source>
        <translation>실행 상태와 함께 내보내기</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg *.pdf)</source>
        <translation>그림 (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <source>%1: the live state is a picture; use a .png, .svg or .pdf file name</source>
        <translation>%1: 실행 상태는 그림으로만 내보냅니다. .png, .svg 또는 .pdf 파일 이름을 쓰세요</translation>
    </message>
    <message>
        <source>Export as &amp;Mermaid (.mmd)…</source>
        <translation>Mermaid로 내보내기(.mmd)(&amp;M)…</translation>
    </message>
    <message>
        <source>Export as Mar&amp;kdown with Mermaid (.md)…</source>
        <translation>Mermaid를 담은 Markdown으로 내보내기(.md)(&amp;K)…</translation>
    </message>
    <message>
        <source>Export as Plant&amp;UML (.puml)…</source>
        <translation>PlantUML로 내보내기(.puml)(&amp;U)…</translation>
    </message>
    <message>
        <source>Export as &amp;Graphviz DOT (.dot)…</source>
        <translation>Graphviz DOT로 내보내기(.dot)(&amp;G)…</translation>
    </message>
    <message>
        <source>Export as draw.&amp;io (.drawio)…</source>
        <translation>draw.io로 내보내기(.drawio)(&amp;I)…</translation>
    </message>
    <message>
        <source>Export as E&amp;xcalidraw (.excalidraw)…</source>
        <translation>Excalidraw로 내보내기(.excalidraw)(&amp;X)…</translation>
    </message>
    <message>
        <source>Export with &amp;Live State…</source>
        <translation>실행 상태와 함께 내보내기(&amp;L)…</translation>
    </message>
    <message>
        <source>A picture of the canvas as it is now, with the run's utilization, queue bars and requests in flight; the other exports show the design alone</source>
        <translation>지금 캔버스 그대로의 그림: 실행 중인 사용률, 대기열 막대, 처리 중인 요청까지 담습니다. 다른 내보내기는 설계만 보여 줍니다</translation>
    </message>
    <message>
        <source>No shard added to %1: link it to a database first</source>
        <translation>%1에 샤드를 추가하지 못함: 먼저 데이터베이스에 연결하세요</translation>
    </message>
    <message>
        <source>No shard added to %1: %2</source>
        <translation>%1에 샤드를 추가하지 못함: %2</translation>
    </message>
    <message>
        <source>Add %1, a shard of %2</source>
        <translation>%2의 샤드 %1 추가</translation>
    </message>
    <message>
        <source>%1 is a new shard of %2: the keys it now holds are copied to it</source>
        <translation>%1은(는) %2의 새 샤드입니다: 이제 맡게 된 키가 복사됩니다</translation>
    </message>
</context>
<context>
    <name>scalelab::MessageDepthChart</name>
    <message>
        <source>messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>mean depth</source>
        <translation>평균 깊이</translation>
    </message>
</context>
<context>
    <name>scalelab::MetricsDashboard</name>
    <message>
        <source>$%1/h</source>
        <translation>시간당 $%1</translation>
    </message>
    <message>
        <source>The series the chart draws: type part of a name (utilization, memory_mb, tier.) to find it</source>
        <translation>차트가 그리는 시계열입니다: 이름의 일부(utilization, memory_mb, tier.)를 입력해 찾으세요</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>시계열:</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>조건</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>발생 횟수</translation>
    </message>
    <message>
        <source>First fired (s)</source>
        <translation>첫 발생 (초)</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>비즈니스</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>계층 %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>그룹 %1</translation>
    </message>
    <message>
        <source>%1 req/s
p95 %2 ms
errors %3 %
utilization %4 %</source>
        <translation>%1 요청/초
p95 %2 ms
오류 %3 %
사용률 %4 %</translation>
    </message>
    <message>
        <source>daily active users %1
revenue %2
cost %3
margin %4</source>
        <translation>일간 활성 사용자 %1
매출 %2
비용 %3
이익 %4</translation>
    </message>
    <message>
        <source>%1 above %2 for %3 s</source>
        <translation>%1 &gt; %2, %3초 동안</translation>
    </message>
    <message>
        <source>%1 below %2 for %3 s</source>
        <translation>%1 &lt; %2, %3초 동안</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>발생 중</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>정상</translation>
    </message>
</context>
<context>
    <name>scalelab::Param</name>
    <message>
        <source>Load</source>
        <translation>부하</translation>
    </message>
    <message>
        <source>Request mix</source>
        <translation>요청 구성</translation>
    </message>
    <message>
        <source>Data keys</source>
        <translation>데이터 키</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>How many different people send the requests. Each keeps its own DNS answer for the TTL (and, in later stages, its own session), so more users means more lookups.</source>
        <translation>요청을 보내는 서로 다른 사람의 수입니다. 각자 DNS 응답을 TTL 동안 간직하므로(뒤 단계에서는 세션도), 사용자가 많을수록 조회도 많아집니다.</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>요청률</translation>
    </message>
    <message>
        <source>Requests per second from all these users together, while no load curve is given. Push it towards a component's capacity and watch latency bend.</source>
        <translation>부하 곡선이 없을 때 모든 사용자가 함께 보내는 초당 요청 수입니다. 구성 요소의 용량 가까이 올려 지연 시간이 꺾이는 모습을 보세요.</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>도착 방식</translation>
    </message>
    <message>
        <source>Poisson: requests come at random moments, as many independent users do (queues form even below capacity). Constant: evenly spaced, like a load-test tool.</source>
        <translation>포아송: 독립적인 많은 사용자처럼 요청이 임의의 순간에 옵니다(용량 아래에서도 대기열이 생김). 일정: 부하 테스트 도구처럼 고른 간격으로 옵니다.</translation>
    </message>
    <message>
        <source>Poisson (random)</source>
        <translation>포아송(임의)</translation>
    </message>
    <message>
        <source>Constant (even)</source>
        <translation>일정(균등)</translation>
    </message>
    <message>
        <source>Load curve</source>
        <translation>부하 곡선</translation>
    </message>
    <message>
        <source>The rate over time, as points {t_s, rate_rps} joined by straight lines: a ramp from 10 to a million users, a daily cycle or a flash crowd. While a curve is given it replaces the constant rate.</source>
        <translation>시간에 따른 요청률로, 점 {t_s, rate_rps}를 직선으로 잇습니다: 10명에서 백만 명까지 늘어나는 램프, 하루 주기, 갑작스러운 트래픽 폭주. 곡선이 있으면 고정 요청률 대신 쓰입니다.</translation>
    </message>
    <message>
        <source>Client timeout</source>
        <translation>클라이언트 타임아웃</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>On the web</source>
        <translation>웹 비율</translation>
    </message>
    <message>
        <source>The share of users on a web browser; the others use the mobile app. Both reach the same entry point.</source>
        <translation>웹 브라우저를 쓰는 사용자의 비율이며, 나머지는 모바일 앱을 씁니다. 둘 다 같은 진입점으로 갑니다.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>리전</translation>
    </message>
    <message>
        <source>Where these users are, e.g. asia or europe. Requests carry it, so latency can be measured per region. Empty: the one region of the design.</source>
        <translation>이 사용자들이 있는 곳(예: asia, europe). 요청에 함께 실리므로 리전별 지연 시간을 잴 수 있습니다. 비우면 설계의 단일 리전입니다.</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>읽기</translation>
    </message>
    <message>
        <source>Share of requests that read data (pages, API lookups).</source>
        <translation>데이터를 읽는 요청의 비율(페이지, API 조회).</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>쓰기</translation>
    </message>
    <message>
        <source>Share of requests that change data: they must reach the database's primary.</source>
        <translation>데이터를 바꾸는 요청의 비율. 데이터베이스의 주(primary) 서버까지 가야 합니다.</translation>
    </message>
    <message>
        <source>Static assets</source>
        <translation>정적 콘텐츠</translation>
    </message>
    <message>
        <source>Share of requests for images, CSS and scripts, which a CDN can serve near the user.</source>
        <translation>이미지, CSS, 스크립트 요청의 비율. CDN이 사용자 가까이에서 제공할 수 있습니다.</translation>
    </message>
    <message>
        <source>Background jobs</source>
        <translation>백그라운드 작업</translation>
    </message>
    <message>
        <source>Share of requests that start work nobody waits for (a message queue's job).</source>
        <translation>아무도 기다리지 않는 작업을 시작하는 요청의 비율(메시지 큐의 작업).</translation>
    </message>
    <message>
        <source>Distinct keys</source>
        <translation>서로 다른 키 수</translation>
    </message>
    <message>
        <source>How many different data items (rows, pages, profiles) requests ask for. 0: no popularity model; each request asks for its user's own data.</source>
        <translation>요청이 찾는 서로 다른 데이터 항목(행, 페이지, 프로필)의 수. 0: 인기도 모델 없음, 요청마다 자기 사용자의 데이터를 찾습니다.</translation>
    </message>
    <message>
        <source>Popularity skew (Zipf)</source>
        <translation>인기도 편중(Zipf)</translation>
    </message>
    <message>
        <source>How unevenly popular the keys are: the key of rank i is asked for in proportion to 1/i^zipf. 0: all keys alike; about 1: a few keys get most requests, as on real sites.</source>
        <translation>키 인기도가 얼마나 고르지 않은지: 순위 i의 키는 1/i^zipf에 비례해 요청됩니다. 0: 모든 키가 같음, 약 1: 실제 사이트처럼 소수의 키가 요청 대부분을 받음.</translation>
    </message>
    <message>
        <source>Celebrity share</source>
        <translation>셀럽 키 비율</translation>
    </message>
    <message>
        <source>The share of requests that ask for the one celebrity key (rank 1) on top of the Zipf popularity: the hot key that can overload one shard.</source>
        <translation>Zipf 인기도에 더해 셀럽 키 하나(1순위)를 찾는 요청의 비율: 샤드 하나를 과부하시킬 수 있는 핫 키.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>데이터 모델</translation>
    </message>
    <message>
        <source>Relational: tables and joins, costlier queries, usually scaled up on a bigger machine. Key-value: simple lookups by key, lower latency, scaled out over many machines.</source>
        <translation>관계형: 테이블과 조인, 비싼 쿼리, 보통 큰 서버로 수직 확장. 키-값: 키로 단순 조회, 낮은 지연 시간, 여러 서버로 수평 확장.</translation>
    </message>
    <message>
        <source>Relational (SQL)</source>
        <translation>관계형(SQL)</translation>
    </message>
    <message>
        <source>Key-value (NoSQL)</source>
        <translation>키-값(NoSQL)</translation>
    </message>
    <message>
        <source>Read time</source>
        <translation>읽기 시간</translation>
    </message>
    <message>
        <source>Time a worker spends on one read query.</source>
        <translation>워커가 읽기 쿼리 하나에 쓰는 시간.</translation>
    </message>
    <message>
        <source>Write time</source>
        <translation>쓰기 시간</translation>
    </message>
    <message>
        <source>Time a worker spends on one write; writes usually cost more than reads (indexes, durability).</source>
        <translation>워커가 쓰기 하나에 쓰는 시간. 쓰기는 보통 읽기보다 비쌉니다(인덱스, 내구성).</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Time to live: how long a client keeps an answer before asking again. A long TTL saves lookups, but after a failover clients keep going to the old address until it expires.</source>
        <translation>TTL(유효 시간): 클라이언트가 다시 묻기 전까지 응답을 간직하는 시간. TTL이 길면 조회가 줄지만, 장애 조치 후에도 만료될 때까지 옛 주소로 갑니다.</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>로드밸런서</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>알고리즘</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>라운드 로빈</translation>
    </message>
    <message>
        <source>Least connections</source>
        <translation>최소 연결</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <source>Health-check interval</source>
        <translation>헬스 체크 주기</translation>
    </message>
    <message>
        <source>hc</source>
        <translation>헬스 체크</translation>
    </message>
    <message>
        <source>Unhealthy after (checks)</source>
        <translation>비정상 판정(회)</translation>
    </message>
    <message>
        <source>Failed probes in a row before a server is taken out of rotation. More checks avoid removing a server for one slow answer, but detect a crash later.</source>
        <translation>서버를 순환에서 빼기 전 연속 실패 횟수. 횟수가 많으면 느린 응답 한 번으로 서버를 빼는 일은 없지만 장애를 늦게 감지합니다.</translation>
    </message>
    <message>
        <source>Healthy after (checks)</source>
        <translation>정상 판정(회)</translation>
    </message>
    <message>
        <source>Good probes in a row before a recovered server gets traffic again.</source>
        <translation>복구된 서버가 다시 트래픽을 받기 전 연속 성공 횟수.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>용량</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>워커</translation>
    </message>
    <message>
        <source>How many requests it serves at the same time (cores, threads or connections). More workers raise the throughput it can sustain before requests start to queue.</source>
        <translation>동시에 처리하는 요청 수(코어, 스레드, 연결). 워커가 많을수록 요청이 대기하기 전에 감당할 수 있는 처리량이 올라갑니다.</translation>
    </message>
    <message>
        <source>Queue capacity</source>
        <translation>대기열 용량</translation>
    </message>
    <message>
        <source>cap</source>
        <translation>용량</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>무제한</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>처리 시간</translation>
    </message>
    <message>
        <source>The time one worker spends on one request, not counting waiting in the queue or the components it calls.</source>
        <translation>워커 하나가 요청 하나에 쓰는 시간. 대기열에서 기다린 시간과 호출한 구성 요소의 시간은 빼고 잽니다.</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>타임아웃</translation>
    </message>
    <message>
        <source>A request that has waited in the queue longer than this fails with a timeout instead of being served. None: requests wait as long as it takes.</source>
        <translation>대기열에서 이보다 오래 기다린 요청은 처리되지 않고 타임아웃으로 실패합니다. 없음: 얼마가 걸리든 기다립니다.</translation>
    </message>
    <message>
        <source>CPU speed</source>
        <translation>CPU 속도</translation>
    </message>
    <message>
        <source>How fast the machine is compared with the standard one: service times are divided by it. Raising it is scaling up (a bigger machine); adding servers is scaling out.</source>
        <translation>표준 서버에 비해 얼마나 빠른지: 처리 시간을 이 값으로 나눕니다. 이 값을 올리는 것이 스케일 업(더 큰 서버), 서버를 추가하는 것이 스케일 아웃입니다.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>What this machine costs per hour, in dollars: compare a few big machines with many small ones.</source>
        <translation>이 서버의 시간당 비용(달러). 큰 서버 몇 대와 작은 서버 여러 대를 비교해 보세요.</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>캐시</translation>
    </message>
    <message>
        <source>Size (keys)</source>
        <translation>크기(키 수)</translation>
    </message>
    <message>
        <source>How many keys the cache holds at most. When it is full, filling a new key evicts one (see Eviction). A bigger cache hits more often, most of all when a few keys are very popular.</source>
        <translation>캐시가 담을 수 있는 최대 키 수. 가득 차면 새 키를 채울 때 키 하나를 내보냅니다(제거 정책 참고). 캐시가 클수록 더 자주 적중하며, 소수의 키가 아주 인기 있을 때 특히 그렇습니다.</translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation>유효 시간(TTL)</translation>
    </message>
    <message>
        <source>An entry expires this long after it was filled (a hit does not extend it); the next read of that key is a miss that fetches it again. 0: entries never expire. A short TTL keeps data fresh but hits less; a long one hits more but may serve old data.</source>
        <translation>항목은 채워진 뒤 이 시간이 지나면 만료됩니다(적중해도 연장되지 않음). 그 키를 다음에 읽으면 미스가 나서 다시 가져옵니다. 0: 항목이 만료되지 않습니다. TTL이 짧으면 데이터가 최신으로 유지되지만 적중이 줄고, 길면 적중이 늘지만 오래된 데이터를 줄 수 있습니다.</translation>
    </message>
    <message>
        <source>Eviction</source>
        <translation>제거 정책</translation>
    </message>
    <message>
        <source>Which key makes room when the cache is full. LRU: the least recently used. LFU: the least often used. FIFO: the oldest filled, however popular.</source>
        <translation>캐시가 가득 찼을 때 어떤 키를 내보낼지 정합니다. LRU: 가장 오래전에 사용한 키. LFU: 가장 적게 사용한 키. FIFO: 인기와 상관없이 가장 먼저 채운 키.</translation>
    </message>
    <message>
        <source>Least recently used (LRU)</source>
        <translation>가장 오래전 사용(LRU)</translation>
    </message>
    <message>
        <source>Least frequently used (LFU)</source>
        <translation>가장 적게 사용(LFU)</translation>
    </message>
    <message>
        <source>First in, first out (FIFO)</source>
        <translation>선입선출(FIFO)</translation>
    </message>
    <message>
        <source>On a write</source>
        <translation>쓰기 시</translation>
    </message>
    <message>
        <source>Invalidate: a write that passes through the cache removes its key, so the next read fetches the new value. None: the cached value stays until it expires, and reads answered from it are stale.</source>
        <translation>무효화: 캐시를 거치는 쓰기가 해당 키를 지우므로 다음 읽기는 새 값을 가져옵니다. 없음: 캐시된 값이 만료될 때까지 남으므로, 그 값으로 응답한 읽기는 오래된 데이터를 받습니다.</translation>
    </message>
    <message>
        <source>Invalidate the key</source>
        <translation>키 무효화</translation>
    </message>
    <message>
        <source>Keep it until it expires</source>
        <translation>만료될 때까지 유지</translation>
    </message>
    <message>
        <source>How long a user waits for an answer. A slower answer counts as a timeout error even if it arrives later. Default 10 s: people rarely wait longer for a page, and many HTTP clients and mobile apps give up about then. None: users wait forever, so an overloaded design shows no errors, only latency.</source>
        <translation>사용자가 응답을 기다리는 시간입니다. 이보다 늦은 응답은 나중에 도착해도 타임아웃 오류로 칩니다. 기본값 10 s: 사람들은 페이지를 그보다 오래 기다리는 일이 드물고, 많은 HTTP 클라이언트와 모바일 앱도 그쯤에서 포기합니다. 없음: 사용자가 끝없이 기다리므로 과부하된 설계에서도 오류는 없고 지연 시간만 늘어납니다.</translation>
    </message>
    <message>
        <source>How often the balancer probes each server. A dead server keeps receiving traffic (and failing it) until it fails "unhealthy after" probes in a row. 0 means the balancer learns of a failure at once; otherwise at least 0.1 s (real balancers probe every few seconds).</source>
        <translation>로드밸런서가 각 서버를 확인하는 주기. 죽은 서버는 "비정상 판정" 횟수만큼 연속으로 확인에 실패할 때까지 트래픽을 받고 실패시킵니다. 0이면 로드밸런서가 장애를 즉시 압니다. 0이 아니면 최소 0.1 s입니다(실제 로드밸런서는 몇 초마다 확인합니다).</translation>
    </message>
    <message>
        <source>The most requests it holds at once, in service plus waiting; at least the number of workers. A request that arrives when it is full is rejected at once (an error) instead of waiting, as a real server refuses connections when its accept queue is full. Defaults: web server 512 (nginx's listen backlog is 511), database 151 (MySQL's max_connections), load balancer 2000 (HAProxy's classic maxconn), dns 1024 (Unbound's queries per thread), cache 10000 (Redis's maxclients), service 1000 (a bounded work queue). Unbounded: the queue can grow without limit, and latency with it.</source>
        <translation>처리 중인 요청과 대기 중인 요청을 합쳐 한 번에 담는 최대 수로, 워커 수 이상이어야 합니다. 가득 찼을 때 온 요청은 기다리지 않고 바로 거부됩니다(오류). 실제 서버가 accept 큐가 가득 차면 연결을 거부하는 것과 같습니다. 기본값: 웹 서버 512(nginx의 listen backlog는 511), 데이터베이스 151(MySQL의 max_connections), 로드밸런서 2000(HAProxy의 전통적인 maxconn), dns 1024(Unbound의 스레드당 질의 수), 캐시 10000(Redis의 maxclients), 서비스 1000(크기가 제한된 작업 큐). 무제한: 대기열이 끝없이 늘고 지연 시간도 함께 늡니다.</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>Replica of</source>
        <translation>복제 원본</translation>
    </message>
    <message>
        <source>replica of</source>
        <translation>복제 원본</translation>
    </message>
    <message>
        <source>The primary database this one copies. A replica receives every write the primary commits, a little later (the replication lag), and answers reads; it refuses writes. A read it answers before it has the latest write of its key is a stale read. Empty: it is a database of its own (or a primary).</source>
        <translation>이 데이터베이스가 복사하는 주 데이터베이스입니다. 복제본은 주 데이터베이스가 커밋한 모든 쓰기를 조금 늦게(복제 지연) 받고 읽기에 응답하며, 쓰기는 거부합니다. 어떤 키의 최신 쓰기를 받기 전에 응답한 읽기는 오래된 읽기입니다. 비워 두면: 독립된 데이터베이스(또는 주 데이터베이스)입니다.</translation>
    </message>
    <message>
        <source>Set on the primary. Asynchronous: a write is answered as soon as the primary commits it; replicas get it later, so reads there may be stale and a failover may lose writes. Semi-synchronous: the answer waits until one replica has the write. Synchronous: it waits for every replica, so nothing is stale or lost, and writes are slower.</source>
        <translation>주 데이터베이스에 설정합니다. 비동기: 주 데이터베이스가 커밋하자마자 쓰기에 응답합니다. 복제본은 나중에 받으므로 그곳의 읽기는 오래된 데이터일 수 있고, 장애 조치 때 쓰기를 잃을 수 있습니다. 반동기: 복제본 하나가 쓰기를 받을 때까지 응답을 기다립니다. 동기: 모든 복제본을 기다리므로 오래된 데이터도 잃는 쓰기도 없지만, 쓰기가 느려집니다.</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>비동기</translation>
    </message>
    <message>
        <source>Semi-synchronous</source>
        <translation>반동기</translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation>동기</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>복제 지연</translation>
    </message>
    <message>
        <source>lag</source>
        <translation>지연</translation>
    </message>
    <message>
        <source>Set on the primary: how long after the primary commits a write a replica receives it (the network and the replication stream). The replica then applies it as work of its own, queued with its reads, so a busy replica lags more.</source>
        <translation>주 데이터베이스에 설정합니다: 주 데이터베이스가 쓰기를 커밋한 뒤 복제본이 그것을 받기까지 걸리는 시간(네트워크와 복제 스트림)입니다. 복제본은 받은 쓰기를 자기 작업으로 적용하며 읽기와 같은 대기열에 줄을 서므로, 바쁜 복제본일수록 더 뒤처집니다.</translation>
    </message>
    <message>
        <source>Set on the primary: how often the application checks its databases. A dead replica's reads move to the others at the next check; a dead primary is noticed at the next check, and reads sent before that fail.</source>
        <translation>주 데이터베이스에 설정합니다: 애플리케이션이 데이터베이스 상태를 확인하는 주기입니다. 죽은 복제본의 읽기는 다음 확인 때 다른 복제본으로 옮겨 가고, 죽은 주 데이터베이스도 다음 확인 때 알아차리며, 그 전에 보낸 요청은 실패합니다.</translation>
    </message>
    <message>
        <source>Failover after</source>
        <translation>장애 조치까지</translation>
    </message>
    <message>
        <source>Set on the primary: when its failure has been noticed, the most up-to-date replica is promoted to primary this long after. Writes fail until then (cause failover). Writes the old primary committed that the new one never received are lost. None: a replica is promoted only by hand (its menu in a run).</source>
        <translation>주 데이터베이스에 설정합니다: 장애를 알아차린 뒤 이만큼 지나서 가장 최신인 복제본이 주 데이터베이스로 승격됩니다. 그때까지 쓰기는 실패합니다(원인 failover). 옛 주 데이터베이스가 커밋했지만 새 주 데이터베이스가 받지 못한 쓰기는 잃습니다. 없음: 복제본은 손으로만 승격됩니다(실행 중 그 메뉴에서).</translation>
    </message>
    <message>
        <source>by hand only</source>
        <translation>손으로만</translation>
    </message>
    <message>
        <source>Lost writes</source>
        <translation>잃은 쓰기</translation>
    </message>
    <message>
        <source>Set on the primary. None: writes lost at a failover stay lost. Replay: when the old primary is back, a recovery script re-applies them on the new primary (counted as recovered).</source>
        <translation>주 데이터베이스에 설정합니다. 없음: 장애 조치 때 잃은 쓰기는 그대로 사라집니다. 재적용: 옛 주 데이터베이스가 돌아오면 복구 스크립트가 그 쓰기를 새 주 데이터베이스에 다시 적용합니다(복구된 것으로 집계).</translation>
    </message>
    <message>
        <source>Stay lost</source>
        <translation>그대로 잃음</translation>
    </message>
    <message>
        <source>Replayed by a recovery script</source>
        <translation>복구 스크립트로 재적용</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>엣지</translation>
    </message>
    <message>
        <source>Size (assets)</source>
        <translation>크기 (자산 수)</translation>
    </message>
    <message>
        <source>How many static assets (images, scripts, style sheets) the edge servers hold at most. When full, the least recently used makes room.</source>
        <translation>엣지 서버가 최대로 보관하는 정적 자산(이미지, 스크립트, 스타일시트)의 수. 가득 차면 가장 오래 사용되지 않은 자산이 자리를 내줍니다.</translation>
    </message>
    <message>
        <source>An asset expires at the edge this long after it was fetched from the origin (the Cache-Control max-age). The next request for it is a miss that fetches it again. A long TTL hits more and spares the origin; a new version still reaches users at once, because its URL is new. 0: assets never expire.</source>
        <translation>자산은 원본에서 가져온 뒤 이 시간이 지나면 엣지에서 만료됩니다(Cache-Control max-age). 그다음 요청은 미스가 되어 다시 가져옵니다. TTL이 길면 히트가 늘고 원본의 부담이 줄어듭니다. 새 버전은 URL이 새로우므로 그래도 바로 사용자에게 닿습니다. 0: 만료되지 않음.</translation>
    </message>
    <message>
        <source>Fallback after</source>
        <translation>원본 전환까지</translation>
    </message>
    <message>
        <source>How long after the CDN goes down the site notices and points users' pages at the origin for static assets. Until then those requests fail; after it the origin takes them all. Users return to the CDN when it is back.</source>
        <translation>CDN이 다운된 뒤 사이트가 이를 알아채고 사용자의 페이지가 정적 자산을 원본에서 받도록 바꾸기까지의 시간. 그때까지 그 요청은 실패하고, 그 뒤에는 원본이 모두 받습니다. CDN이 돌아오면 사용자도 CDN으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>How many different static files (images, videos, scripts, style sheets) the site's pages load. Each static request asks for one of them; a CDN keeps the ones asked for often.</source>
        <translation>사이트의 페이지가 불러오는 서로 다른 정적 파일(이미지, 동영상, 스크립트, 스타일시트)의 수. 정적 요청은 각각 이 중 하나를 요청하고, CDN은 자주 요청되는 것을 보관합니다.</translation>
    </message>
    <message>
        <source>Asset popularity skew (Zipf)</source>
        <translation>자산 인기 편중 (Zipf)</translation>
    </message>
    <message>
        <source>How unevenly popular the static assets are: the asset of rank i is asked for in proportion to 1/i^zipf. The logo and the main script are on every page; most photos are seen rarely.</source>
        <translation>정적 자산의 인기가 얼마나 고르지 않은지: 순위 i의 자산은 1/i^zipf에 비례해 요청됩니다. 로고와 메인 스크립트는 모든 페이지에 있고, 대부분의 사진은 드물게 보입니다.</translation>
    </message>
    <message>
        <source>How the next server is chosen. Round robin: each in turn. Least connections: the one with the fewest requests in progress (best when requests vary in length). Random: any, at random. Sticky: a user's first request goes to the server the user's number hashes to, and a cookie keeps the user there while that server is healthy, so sessions kept in a server's memory are found again; but users are not all alike, so the load is less even, and a recovered server gets only new users.</source>
        <translation>다음 서버를 고르는 방법. 라운드 로빈: 차례대로. 최소 연결: 처리 중인 요청이 가장 적은 서버(요청 길이가 제각각일 때 좋음). 무작위: 아무 서버나. 고정(스티키): 사용자의 첫 요청은 사용자 번호의 해시가 가리키는 서버로 가고, 쿠키가 그 서버가 정상인 동안 사용자를 그곳에 붙잡아 두므로 서버 메모리에 보관한 세션을 다시 찾을 수 있습니다. 하지만 사용자마다 다르므로 부하가 덜 고르고, 복구된 서버는 새 사용자만 받습니다.</translation>
    </message>
    <message>
        <source>Sticky (cookie)</source>
        <translation>고정 (쿠키)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>session</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>Where the users' login sessions are kept. None: logging in is not modelled. Local: in this server's memory. A user's next request must come back to this server (a sticky balancer does that), or the user is logged out; when the server fails or is removed, its users are logged out. Store: in the session store this server links to, shared by every server: any server can answer any user, and servers can come and go (a stateless web tier), but every request now waits for the store.</source>
        <translation>사용자의 로그인 세션을 보관하는 곳. 없음: 로그인을 모델링하지 않습니다. 로컬: 이 서버의 메모리. 사용자의 다음 요청이 이 서버로 돌아와야 하며(고정 로드밸런서가 그렇게 합니다), 그렇지 않으면 로그아웃됩니다. 서버가 장애로 죽거나 제거되면 그 사용자들이 로그아웃됩니다. 세션 저장소: 이 서버가 연결된 세션 저장소에 두며 모든 서버가 공유합니다. 어느 서버든 어느 사용자에게나 응답할 수 있고 서버를 자유롭게 추가하고 뺄 수 있지만(무상태 웹 계층), 이제 모든 요청이 저장소를 기다립니다.</translation>
    </message>
    <message>
        <source>Web server</source>
        <translation>웹 서버</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Local (in memory)</source>
        <translation>로컬 (메모리)</translation>
    </message>
    <message>
        <source>Session store</source>
        <translation>세션 저장소</translation>
    </message>
    <message>
        <source>Cookie lifetime</source>
        <translation>쿠키 수명</translation>
    </message>
    <message>
        <source>Sticky only: how long the cookie keeps a user on one server (0: for the whole run). When it expires the user is hashed again over the servers there are now: after a scale-out some users move to the new server, which evens the load but, with sessions in the servers' memory, logs those users out.</source>
        <translation>고정(sticky) 방식에서만: 쿠키가 사용자를 한 서버에 붙잡아 두는 시간입니다 (0: 실행 내내). 만료되면 사용자는 지금 있는 서버들 위에서 다시 해시됩니다: 스케일 아웃 뒤에는 일부 사용자가 새 서버로 옮겨 가서 부하가 고르게 되지만, 세션이 서버 메모리에 있으면 그 사용자들은 로그아웃됩니다.</translation>
    </message>
    <message>
        <source>Visibility timeout</source>
        <translation>가시성 타임아웃</translation>
    </message>
    <message>
        <source>A consumer that took a message must acknowledge it within this long, or the message becomes visible again and is delivered once more: a crashed consumer loses nothing, at the price of some messages processed twice. Longer than the consumers' slowest work, or messages are redelivered while still being processed.</source>
        <translation>메시지를 가져간 소비자는 이 시간 안에 처리 완료를 알려야 합니다. 그렇지 않으면 메시지가 다시 보이게 되어 한 번 더 전달됩니다: 소비자가 죽어도 잃는 것이 없지만, 일부 메시지는 두 번 처리됩니다. 소비자의 가장 느린 작업보다 길게 잡으세요. 그렇지 않으면 아직 처리 중인 메시지가 다시 전달됩니다.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>큐</translation>
    </message>
    <message>
        <source>GeoDNS</source>
        <translation>GeoDNS</translation>
    </message>
    <message>
        <source>How long a user keeps an answer. When a data center dies, its users keep going to it until their answer expires: a short TTL moves them sooner, at the price of more lookups.</source>
        <translation>사용자가 응답을 보관하는 시간입니다. 데이터 센터가 멈추면 그 사용자들은 응답이 만료될 때까지 계속 그곳으로 갑니다. TTL이 짧으면 더 빨리 옮겨 가지만 조회가 늘어납니다.</translation>
    </message>
    <message>
        <source>Health check interval</source>
        <translation>헬스 체크 간격</translation>
    </message>
    <message>
        <source>check</source>
        <translation>체크</translation>
    </message>
    <message>
        <source>How often it checks each data center's entry point. Until a check finds a dead data center, new lookups are still answered with it.</source>
        <translation>각 데이터 센터의 진입점을 얼마나 자주 확인하는지입니다. 체크가 멈춘 데이터 센터를 찾아내기 전까지는 새 조회에도 여전히 그곳으로 응답합니다.</translation>
    </message>
    <message>
        <source>When down</source>
        <translation>다운 시</translation>
    </message>
    <message>
        <source>What a user whose answer has expired gets while this DNS is down. Fail: the lookup fails, so after one TTL nobody reaches the site. Serve stale: the user's resolver keeps using the expired answer (RFC 8767, as the large public resolvers do), so users keep reaching the address they had.</source>
        <translation>이 DNS가 다운된 동안 응답이 만료된 사용자가 받는 것. 실패: 조회가 실패하므로 TTL 한 번이 지나면 아무도 사이트에 닿지 못합니다. 만료 응답 사용: 사용자의 리졸버가 만료된 응답을 계속 사용하므로(RFC 8767, 대형 공개 리졸버의 방식) 사용자는 가지고 있던 주소로 계속 접속합니다.</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Serve stale</source>
        <translation>만료 응답 사용</translation>
    </message>
    <message>
        <source>Sharding</source>
        <translation>샤딩</translation>
    </message>
    <message>
        <source>Shard key</source>
        <translation>샤드 키</translation>
    </message>
    <message>
        <source>by</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>What decides a request's shard. User: the user's number (user_id), so all of one user's data lives on one shard. Key: the data key the request reads or writes (the clients' keys), so a celebrity key that everybody reads lands on one shard.</source>
        <translation>요청의 샤드를 정하는 값입니다. 사용자: 사용자 번호(user_id)이므로 한 사용자의 데이터는 모두 한 샤드에 있습니다. 키: 요청이 읽거나 쓰는 데이터 키(클라이언트의 키)이므로 모두가 읽는 유명인 키는 한 샤드에 몰립니다.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Data key</source>
        <translation>데이터 키</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>방식</translation>
    </message>
    <message>
        <source>How a key finds its shard. Modulo: shard = key mod N; simple and even, but adding a shard changes N and moves about N/(N+1) of all keys. Consistent hashing: shards and keys are placed on a ring and a key belongs to the next shard clockwise; adding a shard moves only the keys it takes over, about 1/(N+1).</source>
        <translation>키가 샤드를 찾는 방법입니다. 모듈로: 샤드 = 키 mod N. 단순하고 고르지만, 샤드를 추가하면 N이 바뀌어 전체 키의 약 N/(N+1)이 옮겨집니다. 안정 해시(consistent hashing): 샤드와 키를 링 위에 두고 키는 시계 방향으로 다음 샤드에 속합니다. 샤드를 추가하면 그 샤드가 넘겨받는 키, 약 1/(N+1)만 옮겨집니다.</translation>
    </message>
    <message>
        <source>Modulo (key mod N)</source>
        <translation>모듈로 (키 mod N)</translation>
    </message>
    <message>
        <source>Consistent hashing</source>
        <translation>안정 해시</translation>
    </message>
    <message>
        <source>Virtual nodes</source>
        <translation>가상 노드</translation>
    </message>
    <message>
        <source>Consistent hashing only: points each shard has on the ring. With one point the shards' arcs are very uneven; with a hundred or more each shard holds close to 1/N of the keys.</source>
        <translation>안정 해시에만 적용: 각 샤드가 링 위에 갖는 점의 수입니다. 점이 하나면 샤드마다 맡는 구간이 매우 고르지 않고, 백 개 이상이면 각 샤드가 키의 1/N에 가깝게 맡습니다.</translation>
    </message>
    <message>
        <source>Shards at the start</source>
        <translation>시작 시 샤드 수</translation>
    </message>
    <message>
        <source>How many of the linked databases (in link order) hold data from the start; the others stand by until an add_shard (scheduled in faults:, or from the router's menu in a run) brings in the next one. None: every linked database is a shard.</source>
        <translation>연결된 데이터베이스 중 처음부터 데이터를 가진 수입니다(링크 순서대로). 나머지는 add_shard(faults:에 예약하거나 실행 중 라우터 메뉴에서)가 다음 것을 들일 때까지 대기합니다. 없음: 연결된 모든 데이터베이스가 샤드입니다.</translation>
    </message>
    <message>
        <source>every linked database</source>
        <translation>연결된 모든 데이터베이스</translation>
    </message>
    <message>
        <source>Migration rate</source>
        <translation>마이그레이션 속도</translation>
    </message>
    <message>
        <source>After a reshard, how many moved keys per second are copied: each is a read on its old shard and a write on its new one, queued with the users' queries, so both shards are busier until the copy is done. Faster finishes sooner and loads the shards more.</source>
        <translation>리샤딩 후 옮길 키를 초당 몇 개씩 복사할지입니다. 키마다 이전 샤드에서 한 번 읽고 새 샤드에 한 번 쓰며, 사용자 쿼리와 함께 대기열에 서므로 복사가 끝날 때까지 두 샤드 모두 더 바빠집니다. 빠를수록 일찍 끝나지만 샤드 부하가 커집니다.</translation>
    </message>
    <message>
        <source>Joins across shards</source>
        <translation>샤드 간 조인</translation>
    </message>
    <message>
        <source>joins</source>
        <translation>조인</translation>
    </message>
    <message>
        <source>The share of reads that need data from every shard (a join across users): the router asks all shards at once and answers when the slowest has, so such a read takes the longest of N shard reads and loads every shard. 0: the data is denormalised, every read is answered by one shard.</source>
        <translation>모든 샤드의 데이터가 필요한 읽기의 비율입니다(사용자들에 걸친 조인). 라우터는 모든 샤드에 동시에 묻고 가장 느린 샤드가 답하면 응답하므로, 이런 읽기는 N개 샤드 읽기 중 가장 긴 시간이 걸리고 모든 샤드에 부하를 줍니다. 0: 데이터를 비정규화하여 모든 읽기를 샤드 하나가 응답합니다.</translation>
    </message>
    <message>
        <source>Memory per entry</source>
        <translation>항목당 메모리</translation>
    </message>
    <message>
        <source>The memory one cached key and its value take: the memory figure of the host counts the keys held times this.</source>
        <translation>캐시된 키 하나와 그 값이 차지하는 메모리입니다: 호스트의 메모리 수치는 보관 중인 키 수에 이 값을 곱해 셉니다.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Memory per request</source>
        <translation>요청당 메모리</translation>
    </message>
    <message>
        <source>The memory one request takes while the machine holds it (its buffers and the state of the thread serving it). The host's memory figure is the requests it holds times this, plus what it stores (a cache's keys, a store's sessions).</source>
        <translation>머신이 요청 하나를 쥐고 있는 동안 차지하는 메모리입니다(버퍼와 그 요청을 처리하는 스레드의 상태). 호스트의 메모리 수치는 쥐고 있는 요청 수에 이 값을 곱하고, 저장한 것(캐시의 키, 세션 저장소의 세션)을 더한 값입니다.</translation>
    </message>
    <message>
        <source>The memory one user session takes: the memory figure of the host counts the sessions held times this.</source>
        <translation>사용자 세션 하나가 차지하는 메모리입니다: 호스트의 메모리 수치는 보관 중인 세션 수에 이 값을 곱해 셉니다.</translation>
    </message>
    <message>
        <source>The session store this one mirrors. The stores of a set hold the same sessions (each is copied to every member as it is made): web servers that reach this one on a backup link, while the first is down, find their users still logged in. Empty: a store of its own.</source>
        <translation>이 세션 저장소가 복제하는 원본 세션 저장소입니다. 한 세트의 저장소들은 같은 세션을 가집니다(세션이 만들어질 때 모든 구성원에 복사됩니다): 첫 번째가 다운된 동안 백업 링크로 이 저장소에 오는 웹 서버는 사용자가 여전히 로그인된 상태임을 확인합니다. 비워 두면: 독립된 저장소입니다.</translation>
    </message>
</context>
<context>
    <name>scalelab::ParamForm</name>
    <message>
        <source>Remove the curve</source>
        <translation>곡선 지우기</translation>
    </message>
    <message>
        <source>Use the constant rate instead of the curve from the file.</source>
        <translation>파일의 곡선 대신 고정 요청률을 씁니다.</translation>
    </message>
    <message>
        <source>none: the rate is constant</source>
        <translation>없음: 요청률이 일정함</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s), from %1 to %2 s</source>
        <translation><numerusform>점 %n개, %1초부터 %2초까지</numerusform></translation>
    </message>
</context>
<context>
    <name>scalelab::PresenterMode</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>The language changes when ScaleLab starts again.</source>
        <translation>언어는 ScaleLab을 다시 시작하면 바뀝니다.</translation>
    </message>
    <message>
        <source>ScaleLab presenter</source>
        <translation>ScaleLab 발표 모드</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>단계 %1 / %2</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>&amp;Presenter (F12; PageDown/PageUp step, Esc leaves)</source>
        <translation>발표 모드(&amp;P) (F12, PageDown/PageUp으로 단계 이동, Esc로 나가기)</translation>
    </message>
</context>
<context>
    <name>scalelab::QueueChart</name>
    <message>
        <source>mean queue length</source>
        <translation>평균 대기열 길이</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>요청</translation>
    </message>
</context>
<context>
    <name>scalelab::RegionLatencyDialog</name>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>기본값으로 되돌리기(&amp;R)</translation>
    </message>
    <message>
        <source>Reset &amp;All</source>
        <translation>모두 되돌리기(&amp;A)</translation>
    </message>
    <message>
        <source>Region latencies</source>
        <translation>리전 간 지연 시간</translation>
    </message>
    <message>
        <source>One-way latency in milliseconds between the regions this design uses. A link between components in two regions pays it on top of its own latency, and so does replication between them. &lt;b&gt;Bold&lt;/b&gt; values are set in this design; the others come from the default table. Type a value to change it; Reset to Default takes your value away.</source>
        <translation>이 설계가 쓰는 리전 사이의 단방향 지연 시간(밀리초)입니다. 서로 다른 리전에 있는 구성 요소 사이의 링크는 자신의 지연 시간에 더해 이 값을 치르며, 리전 사이의 복제도 마찬가지입니다. &lt;b&gt;굵은&lt;/b&gt; 값은 이 설계에서 정한 값이고, 나머지는 기본 표에서 옵니다. 값을 입력하면 바뀌고, 기본값으로 되돌리기를 누르면 입력한 값이 없어집니다.</translation>
    </message>
    <message>
        <source>The selected pairs go back to the default table's latency</source>
        <translation>선택한 쌍을 기본 표의 지연 시간으로 되돌립니다</translation>
    </message>
    <message>
        <source>Every pair of this design's regions goes back to the default</source>
        <translation>이 설계의 모든 리전 쌍을 기본값으로 되돌립니다</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>표(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;World Map</source>
        <translation>세계 지도(&amp;W)</translation>
    </message>
    <message>
        <source>A region is at no distance from itself</source>
        <translation>리전과 그 자신 사이의 거리는 없습니다</translation>
    </message>
    <message>
        <source>Set in this design; the default is %1 ms</source>
        <translation>이 설계에서 정한 값입니다. 기본값은 %1 ms입니다</translation>
    </message>
    <message>
        <source>The default table's latency; type a value to change it</source>
        <translation>기본 표의 지연 시간입니다. 값을 입력하면 바뀝니다</translation>
    </message>
    <message>
        <source>This design uses fewer than two regions. Give users a region or put data centers in regions to see the distances between them.</source>
        <translation>이 설계는 리전을 둘보다 적게 씁니다. 사용자에게 리전을 주거나 데이터 센터를 리전에 두면 리전 사이의 거리가 보입니다.</translation>
    </message>
    <message>
        <source>'%1' is not a number of milliseconds</source>
        <translation>'%1'은(는) 밀리초 단위의 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>적용하지 않음: %1</translation>
    </message>
</context>
<context>
    <name>scalelab::RegionsChart</name>
    <message>
        <source>p95 latency</source>
        <translation>p95 지연 시간</translation>
    </message>
    <message>
        <source>failed requests (req/s)</source>
        <translation>실패한 요청 (req/s)</translation>
    </message>
    <message>
        <source>%1 p95</source>
        <translation>%1 p95</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 오류</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>초당 %1건</translation>
    </message>
</context>
<context>
    <name>scalelab::RegionsView</name>
    <message>
        <source>Region &amp;Latencies…</source>
        <translation>리전 간 지연 시간(&amp;L)…</translation>
    </message>
    <message>
        <source>World latency</source>
        <translation>세계 지연 시간</translation>
    </message>
    <message>
        <source>Change the one-way latency between the regions this design uses (the default table, or your own values)</source>
        <translation>이 설계가 쓰는 리전 사이의 단방향 지연 시간을 바꿉니다(기본 표 또는 직접 정한 값)</translation>
    </message>
    <message>
        <source>&amp;World Latency</source>
        <translation>세계 지연 시간(&amp;W)</translation>
    </message>
    <message>
        <source>The design's regions on a world map, the latency between them and each region's live p95</source>
        <translation>설계의 리전을 세계 지도 위에 보여 주고, 리전 사이의 지연 시간과 각 리전의 실시간 p95를 표시합니다</translation>
    </message>
</context>
<context>
    <name>scalelab::ReplicationLagChart</name>
    <message>
        <source>replication lag</source>
        <translation>복제 지연</translation>
    </message>
</context>
<context>
    <name>scalelab::RunSummaryDock</name>
    <message>
        <source>Run summary</source>
        <translation>실행 요약</translation>
    </message>
    <message>
        <source>When a run reaches its end, its summary appears here: latency percentiles, errors by cause, availability and a table of the components.</source>
        <translation>실행이 끝나면 여기에 요약이 나타납니다: 지연 시간 백분위수, 원인별 오류, 가용성, 구성 요소 표.</translation>
    </message>
</context>
<context>
    <name>scalelab::RunToolbar</name>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Run the simulation (F5)</source>
        <translation>시뮬레이션 실행 (F5)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Pause (F6)</source>
        <translation>일시 정지 (F6)</translation>
    </message>
    <message>
        <source>Step event</source>
        <translation>이벤트 한 단계</translation>
    </message>
    <message>
        <source>Process one event (F10)</source>
        <translation>이벤트 하나 처리 (F10)</translation>
    </message>
    <message>
        <source>Step second</source>
        <translation>1초 진행</translation>
    </message>
    <message>
        <source>Advance exactly one simulated second (F11)</source>
        <translation>시뮬레이션 시간을 정확히 1초 진행 (F11)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Back to time 0 with the design as it is (Ctrl+R)</source>
        <translation>지금 설계 그대로 시간 0으로 되돌리기 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Simulated time per real second</source>
        <translation>실제 1초당 시뮬레이션 시간</translation>
    </message>
    <message>
        <source>Simulated time</source>
        <translation>시뮬레이션 시간</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>부하</translation>
    </message>
    <message>
        <source>%1M req/s</source>
        <translation>초당 %1M건</translation>
    </message>
    <message>
        <source>%1k req/s</source>
        <translation>초당 %1k건</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>초당 %1건</translation>
    </message>
    <message>
        <source>Requests per second, from 1 to 1,000,000 on a log scale. Shift with the arrow keys changes the load by 1 %.</source>
        <translation>초당 요청 수, 로그 눈금으로 1부터 1,000,000까지. Shift를 누른 채 화살표 키를 누르면 부하가 1 %씩 바뀝니다.</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> req/s</translation>
    </message>
    <message>
        <source>Type the load in requests per second and press Enter.</source>
        <translation>부하를 초당 요청 수로 입력하고 Enter를 누르세요.</translation>
    </message>
</context>
<context>
    <name>scalelab::ScalingChart</name>
    <message>
        <source>servers</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>cost ($ per hour)</source>
        <translation>비용 (시간당 $)</translation>
    </message>
    <message>
        <source>cost per hour</source>
        <translation>시간당 비용</translation>
    </message>
    <message>
        <source>%1 servers</source>
        <translation>%1 서버 수</translation>
    </message>
    <message>
        <source>%1 serving</source>
        <translation>%1 서비스 중</translation>
    </message>
</context>
<context>
    <name>scalelab::SeriesChart</name>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
</context>
<context>
    <name>scalelab::SimulationMenu</name>
    <message>
        <source>&amp;Simulation</source>
        <translation>시뮬레이션(&amp;S)</translation>
    </message>
    <message>
        <source>Run / &amp;Pause</source>
        <translation>실행 / 일시 정지(&amp;P)</translation>
    </message>
    <message>
        <source>Run, or pause a running simulation (Space)</source>
        <translation>실행하거나, 실행 중인 시뮬레이션을 일시 정지 (Space)</translation>
    </message>
    <message>
        <source>S&amp;peed</source>
        <translation>속도(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Deploy New Version</source>
        <translation>새 버전 배포(&amp;D)</translation>
    </message>
    <message>
        <source>Deploy a new version of the site now: every static asset gets a new URL, so each CDN fetches it from the origin once</source>
        <translation>지금 사이트의 새 버전을 배포합니다: 모든 정적 자산의 URL이 바뀌므로 각 CDN이 원본에서 한 번씩 가져옵니다</translation>
    </message>
    <message>
        <source>Chaos &amp;Test…</source>
        <translation>카오스 테스트(&amp;T)…</translation>
    </message>
    <message>
        <source>Fail each component in turn and see whether the design keeps its SLO (availability and p99) after the failure</source>
        <translation>구성 요소를 하나씩 고장 내고 장애 이후에도 설계가 SLO(가용성과 p99)를 지키는지 봅니다</translation>
    </message>
    <message>
        <source>&amp;Capacity Curve…</source>
        <translation>용량 곡선(&amp;C)…</translation>
    </message>
    <message>
        <source>Run the design at a series of loads and draw its latency against the load: the hockey stick</source>
        <translation>설계를 여러 부하로 실행하고 부하에 따른 지연 시간을 그립니다: 하키 스틱</translation>
    </message>
    <message>
        <source>Chaos Test</source>
        <translation>카오스 테스트</translation>
    </message>
    <message>
        <source>Capacity Curve</source>
        <translation>용량 곡선</translation>
    </message>
    <message>
        <source>The design cannot run yet: %1</source>
        <translation>설계를 아직 실행할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>scalelab::StartPage</name>
    <message>
        <source>Show this page at start</source>
        <translation>시작할 때 이 페이지 보이기</translation>
    </message>
    <message>
        <source>Welcome to ScaleLab</source>
        <translation>ScaleLab에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Grow a web system from one server to millions of users: start from a stage of the chapter, or from an empty canvas.</source>
        <translation>서버 한 대에서 사용자 수백만 명까지 웹 시스템을 키워 보세요. 장의 한 단계에서 시작하거나 빈 캔버스에서 시작할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;New design</source>
        <translation>새 설계(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>The examples, stage by stage</source>
        <translation>단계별 예제</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>최근 파일</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>The examples were not found next to the program.</source>
        <translation>프로그램 옆에서 예제를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation>아직 최근 파일이 없습니다.</translation>
    </message>
</context>
<context>
    <name>scalelab::ThroughputChart</name>
    <message>
        <source>rate</source>
        <translation>요청률</translation>
    </message>
    <message>
        <source>arrivals</source>
        <translation>도착</translation>
    </message>
    <message>
        <source>throughput (completed)</source>
        <translation>처리량(완료)</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>건/초</translation>
    </message>
</context>
<context>
    <name>scalelab::UtilizationChart</name>
    <message>
        <source>utilization</source>
        <translation>사용률</translation>
    </message>
</context>
<context>
    <name>scalelab::WorldLatencyView</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>This design uses no regions. Give users a region (the inspector's Region field) or put a data center in one (Edit ▸ Set Data Center Region…) to see the distances between them here.</source>
        <translation>이 설계는 리전을 쓰지 않습니다. 사용자에게 리전을 주거나(인스펙터의 리전 항목) 데이터 센터를 리전에 두면(편집 ▸ 데이터 센터 리전 설정…) 리전 사이의 거리가 여기에 보입니다.</translation>
    </message>
    <message>
        <source>Regions of unknown place:</source>
        <translation>위치를 알 수 없는 리전:</translation>
    </message>
    <message>
        <source>data centers: %1</source>
        <translation>데이터 센터: %1</translation>
    </message>
    <message>
        <source>users: %1</source>
        <translation>사용자: %1</translation>
    </message>
    <message>
        <source>p95 %1 ms</source>
        <translation>p95 %1 ms</translation>
    </message>
    <message>
        <source>One-way latency between regions; bold: set in this design, else the default table</source>
        <translation>리전 사이의 단방향 지연 시간. 굵게: 이 설계에서 정한 값, 그 밖에는 기본 표의 값</translation>
    </message>
</context>
<context>
    <name>scalelab::usage</name>
    <message>
        <source>open the editor and live view</source>
        <translation>편집기와 라이브 뷰 열기</translation>
    </message>
    <message>
        <source>simulate without a window and print a report</source>
        <translation>창 없이 시뮬레이션하고 보고서 출력</translation>
    </message>
    <message>
        <source>  --seed N             random seed (default: the scenario's)
  --duration S         simulated seconds (replaces run.duration_s)
  --warmup S           seconds before measuring starts (replaces run.warmup_s)
  --json PATH|-        also write the report as JSON; - prints only the JSON
  --timeseries FILE    write the per-second series as CSV
On a terminal a progress bar with the time left is shown on stderr. Ctrl+C stops
the run and prints the report of the time simulated so far.
Exit status: 0 done, 1 bad arguments or a file not written, 2 invalid scenario
(file:line:column on stderr), 130 interrupted.
</source>
        <translation>  --seed N             난수 시드 (기본값: 시나리오의 값)
  --duration S         시뮬레이션할 시간(초) (run.duration_s 대신 사용)
  --warmup S           측정을 시작하기 전 시간(초) (run.warmup_s 대신 사용)
  --json PATH|-        보고서를 JSON으로도 저장. -이면 JSON만 출력
  --timeseries FILE    초 단위 시계열을 CSV로 저장
터미널에서는 남은 시간과 함께 진행 막대가 stderr에 표시됩니다. Ctrl+C를 누르면
실행을 멈추고 지금까지 시뮬레이션한 시간의 보고서를 출력합니다.
종료 상태: 0 완료, 1 잘못된 인수 또는 파일 쓰기 실패, 2 잘못된 시나리오
(stderr에 file:line:column 출력), 130 중단됨.
</translation>
    </message>
    <message>
        <source>run each file and judge its goals, for grading</source>
        <translation>각 파일을 실행하고 목표를 판정(채점용)</translation>
    </message>
    <message>
        <source>  --json PATH|-        also write every verdict as JSON; - prints only the JSON
Exit status: 0 every goal of every file met, 1 a goal missed, a file without goals
or a file that does not load, 2 bad arguments.
</source>
        <translation>  --json PATH|-        모든 판정을 JSON으로도 저장. -이면 JSON만 출력
종료 상태: 0 모든 파일의 모든 목표 달성, 1 달성하지 못한 목표, 목표가 없는 파일
또는 불러올 수 없는 파일이 있음, 2 잘못된 인수.
</translation>
    </message>
    <message>
        <source>the whole window at a simulated time, headless</source>
        <translation>지정한 시뮬레이션 시각의 전체 창을 그림으로 저장(창 없이)</translation>
    </message>
    <message>
        <source>  --at SECONDS         simulated time of the picture (0 to 1000000)
  -o, --output FILE    the PNG to write
  --size WxH           window size, 320x240 to 8000x8000; default 1600x900
  --fail ID@SECONDS    fail a component at that time (repeatable)
  --presenter          presenter mode (1920x1080 unless --size; --at defaults to
                       the end of the run)
  --step N             with --presenter: the reveal step to show, from 1
</source>
        <translation>  --at SECONDS         그림의 시뮬레이션 시각 (0~1000000)
  -o, --output FILE    저장할 PNG 파일
  --size WxH           창 크기, 320x240~8000x8000, 기본값 1600x900
  --fail ID@SECONDS    그 시각에 구성 요소를 중단 (여러 번 지정 가능)
  --presenter          발표 모드 (--size가 없으면 1920x1080, --at의 기본값은
                       실행의 끝)
  --step N             --presenter와 함께: 보여 줄 공개 단계, 1부터
</translation>
    </message>
    <message>
        <source>kernel speed: events per second, memory per request</source>
        <translation>커널 속도: 초당 이벤트 수, 요청당 메모리</translation>
    </message>
    <message>
        <source>live-view speed: frame time, drawing, chart replot</source>
        <translation>라이브 뷰 속도: 프레임 시간, 그리기, 차트 다시 그리기</translation>
    </message>
    <message>
        <source>  --seconds S          simulated seconds to measure
  --quick              a short measurement
</source>
        <translation>  --seconds S          측정할 시뮬레이션 시간(초)
  --quick              짧게 측정
</translation>
    </message>
    <message>
        <source>fail each component in turn and judge the SLO after the failure</source>
        <translation>구성 요소를 하나씩 고장 내고 장애 이후의 SLO를 판정</translation>
    </message>
    <message>
        <source>  --at S               when each component fails (default: 0.123 s after the warm-up,
                       off the round times periodic health checks run at)
  --window S           seconds measured after the failure (default: to the end of the run)
  --json PATH|-        also write the table as JSON; - prints only the JSON
  --jobs N             runs at once, 1 to 64 (default: the machine's cores)
  --seed N             random seed of every run (default: the scenario's)
  --slo-p99-ms MS      the SLO's p99 latency bound (replaces slo.p99_ms)
  --slo-availability A the SLO's availability, a fraction (replaces slo.availability)
One run per component (users excepted), each with that component failed from --at
on and the scenario's own faults left out, plus a baseline run with no failure.
The SLO is the scenario's slo: {p99_ms, availability}; without one, p99 at most
300 ms and availability at least 0.999. A row holds when both hold in the window.
Exit status: 0 every row held, 1 some row did not, 2 bad arguments, an invalid
scenario or a file not written, 130 interrupted (Ctrl+C).
</source>
        <translation>  --at S               각 구성 요소가 고장 나는 시각 (기본값: 워밍업 0.123초 뒤,
                       주기적 헬스 체크가 실행되는 딱 떨어지는 시각을 피함)
  --window S           장애 이후 측정할 시간(초) (기본값: 실행이 끝날 때까지)
  --json PATH|-        표를 JSON으로도 저장. -이면 JSON만 출력
  --jobs N             동시에 실행할 수, 1~64 (기본값: 컴퓨터의 코어 수)
  --seed N             모든 실행의 난수 시드 (기본값: 시나리오의 값)
  --slo-p99-ms MS      SLO의 p99 지연 시간 한도 (slo.p99_ms 대신 사용)
  --slo-availability A SLO의 가용성, 비율 (slo.availability 대신 사용)
구성 요소마다(사용자 제외) 한 번씩 실행하며, 각 실행에서는 그 구성 요소가 --at부터
고장 난 상태이고 시나리오 자체의 장애는 빠집니다. 장애 없는 기준 실행도 한 번 합니다.
SLO는 시나리오의 slo: {p99_ms, availability}이며, 없으면 p99 최대 300 ms,
가용성 최소 0.999입니다. 구간 안에서 둘 다 지켜지면 그 행은 충족입니다.
종료 상태: 0 모든 행 충족, 1 충족하지 못한 행이 있음, 2 잘못된 인수, 잘못된
시나리오 또는 파일 쓰기 실패, 130 중단됨(Ctrl+C).
</translation>
    </message>
    <message>
        <source>the capacity curve: latency, availability and cost at each load</source>
        <translation>용량 곡선: 부하별 지연 시간, 가용성, 비용</translation>
    </message>
    <message>
        <source>  --rate FROM..TO      offered requests per second, lowest to highest (up to 1000000)
  --steps N            load levels, 2 to 100 (default 10)
  --log                levels evenly spaced on a log scale
  --csv PATH|-         also write the levels as CSV; - prints only the CSV
  --jobs N             runs at once, 1 to 64 (default: the machine's cores)
  --duration S         simulated seconds of each run (replaces run.duration_s)
  --seed N             random seed of every run (default: the scenario's)
Every users' rate (and load curve) is scaled so that together they offer the level;
the scenario's faults are left out. A design of users and one queueing station
with exponential service gets the M/M/c (or M/M/c/K) prediction beside each level.
A sweep of more than 2e9 requests in all is refused (give a shorter --duration).
Exit status: 0 done, 1 a run failed or a file not written, 2 bad arguments or an
invalid scenario, 130 interrupted (Ctrl+C).
</source>
        <translation>  --rate FROM..TO      제공할 초당 요청 수, 최저부터 최고까지 (최대 1000000)
  --steps N            부하 단계 수, 2~100 (기본값 10)
  --log                로그 눈금에서 고른 간격의 단계
  --csv PATH|-         단계별 결과를 CSV로도 저장. -이면 CSV만 출력
  --jobs N             동시에 실행할 수, 1~64 (기본값: 컴퓨터의 코어 수)
  --duration S         각 실행의 시뮬레이션 시간(초) (run.duration_s 대신 사용)
  --seed N             모든 실행의 난수 시드 (기본값: 시나리오의 값)
모든 사용자의 요청률(과 부하 곡선)을 비례해 바꿔 합계가 그 단계가 되게 하며,
시나리오의 장애는 빠집니다. 사용자와 지수 분포 서비스 시간의 대기열 스테이션 하나로 된
설계에는 각 단계 옆에 M/M/c(또는 M/M/c/K) 예측이 붙습니다.
모두 합쳐 2e9개가 넘는 요청을 시뮬레이션하는 스윕은 거부됩니다(더 짧은 --duration을 주세요).
종료 상태: 0 완료, 1 실행 실패 또는 파일 쓰기 실패, 2 잘못된 인수 또는 잘못된
시나리오, 130 중단됨(Ctrl+C).
</translation>
    </message>
    <message>
        <source>a run as an animated GIF, headless</source>
        <translation>실행을 애니메이션 GIF로, 화면 없이</translation>
    </message>
    <message>
        <source>  -o, --output FILE    the GIF to write
  --from S             simulated time of the first frame (default 0)
  --to S               simulated time where it ends (default: 10 s later, or the
                       end of the run)
  --fps N              frames per simulated second, 1 to 50 (default 10); the GIF
                       plays in real time: (to - from) x fps frames
  --size WxH           picture size, 320x240 to 8000x8000; default 1280x720
  --canvas-only        only the canvas with its requests in flight, no charts
  --fail ID@SECONDS    fail a component at that time (repeatable)
  --language en|ko     the window's language (default: the system's)
  --theme light|dark   the window's colours (default: light)
  --progress           print "progress DONE TOTAL" on stdout after each frame
The same arguments give the same file. Ctrl+C stops and writes nothing.
</source>
        <translation>  -o, --output FILE    쓸 GIF 파일
  --from S             첫 프레임의 시뮬레이션 시간(기본값 0)
  --to S               끝나는 시뮬레이션 시간(기본값: 10초 뒤, 또는 실행의
                       끝)
  --fps N              시뮬레이션 1초당 프레임 수, 1~50(기본값 10). GIF는
                       실제 시간대로 재생: (to - from) x fps 프레임
  --size WxH           그림 크기, 320x240~8000x8000. 기본값 1280x720
  --canvas-only        이동 중인 요청이 있는 캔버스만, 차트 없이
  --fail ID@SECONDS    그 시간에 구성요소를 고장 냄(반복 가능)
  --language en|ko     창의 언어(기본값: 시스템 언어)
  --theme light|dark   창의 색(기본값: light)
  --progress           프레임마다 stdout에 "progress 완료 전체"를 출력
같은 인수는 같은 파일을 만듭니다. Ctrl+C는 멈추고 아무것도 쓰지 않습니다.
</translation>
    </message>
    <message>
        <source>scalelab help: no command '%1'
</source>
        <translation>scalelab help: '%1' 명령이 없습니다
</translation>
    </message>
    <message>
        <source>the diagram as a picture or as a diagram other tools edit, headless</source>
        <translation>다이어그램을 그림이나 다른 도구에서 편집할 수 있는 다이어그램으로 저장(창 없이)</translation>
    </message>
    <message>
        <source>  -o, --output OUT     the format follows the extension:
                       .png (raster), .svg or .pdf (vector): the picture;
                       .mmd (Mermaid), .md (Markdown with a Mermaid block),
                       .puml (PlantUML), .dot (Graphviz), .drawio (draw.io,
                       diagrams.net), .excalidraw (Excalidraw): editable
  --scale N            PNG pixels per diagram unit, (0, 16]; default 2
</source>
        <translation>  -o, --output OUT     형식은 확장자를 따릅니다:
                       .png(래스터), .svg 또는 .pdf(벡터): 그림
                       .mmd(Mermaid), .md(Mermaid 블록을 담은 Markdown),
                       .puml(PlantUML), .dot(Graphviz), .drawio(draw.io,
                       diagrams.net), .excalidraw(Excalidraw): 편집 가능
  --scale N            다이어그램 단위당 PNG 픽셀 수, (0, 16], 기본값 2
</translation>
    </message>
    <message>
        <source>  --quick              one short run instead of the median of five
  --overload           stage 4 at 5x its capacity for an hour: peak memory and drops
  --unbounded          with --overload: every queue unbounded, users patient
  --peak-hour [FILE]   a design (default examples/13-millions.yaml) held at its
                       busiest moment for an hour on one core: how many times
                       faster than real time (with --quick, 120 s)
</source>
        <translation>  --quick              다섯 번 실행한 중앙값 대신 짧게 한 번 실행
  --overload           4단계를 용량의 5배로 한 시간 동안 실행: 최대 메모리와 버린 요청
  --unbounded          --overload와 함께: 모든 대기열 무제한, 사용자는 끝없이 기다림
  --peak-hour [FILE]   설계(기본값 examples/13-millions.yaml)를 가장 바쁜 순간의
                       부하로 한 시간 동안 코어 하나에서 실행: 실제 시간보다
                       몇 배 빠른지 (--quick이면 120초)
</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>usage: </source>
        <translation>사용법: </translation>
    </message>
    <message>
        <source>Each command prints its options with --help, or with scalelab help COMMAND.
Without a display, the commands other than the editor need none (export,
snapshot and record render offscreen).
</source>
        <translation>각 명령은 --help 또는 scalelab help 명령으로 옵션을 보여 줍니다.
디스플레이가 없어도 편집기 말고는 모든 명령이 동작합니다(export,
snapshot, record는 화면 밖에서 렌더링).
</translation>
    </message>
</context>
</TS>
