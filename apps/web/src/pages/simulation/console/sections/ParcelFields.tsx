import type { GoodsTraits, Parcel } from '@crossskill/simulation';
import { Col, Form, InputNumber, Row, Typography } from 'antd';
import { useConsole } from '../context';
import { useL } from '../l10n';
import { freightQuote } from '../simAdapter';

/** Parcel weight and dimensions inside a Form, under `name` (default `parcel`). */
export function ParcelFields({ name = 'parcel', testPrefix }: { name?: string; testPrefix: string }) {
  const { L } = useL();
  const cols: [keyof Parcel, string, string, number][] = [
    ['weightKg', '重量 kg', 'Weight kg', 0.001],
    ['l', '长 cm', 'Length cm', 0.1],
    ['w', '宽 cm', 'Width cm', 0.1],
    ['h', '高 cm', 'Height cm', 0.1],
  ];
  return (
    <Row gutter={8}>
      {cols.map(([key, zh, en, step]) => (
        <Col xs={12} sm={6} key={key}>
          <Form.Item name={[name, key]} label={L(zh, en)} rules={[{ required: true }]}>
            <InputNumber min={0} step={step} style={{ width: '100%' }} data-testid={`${testPrefix}-${key}`} />
          </Form.Item>
        </Col>
      ))}
    </Row>
  );
}

/** The freight of one channel for the parcel, computed in the browser with the simulator's freight rules. */
export function FreightQuoteLine({
  channelId,
  parcel,
  destination,
  goods,
  testId,
}: {
  channelId: string | undefined;
  parcel: Partial<Parcel> | undefined;
  destination: string;
  goods?: GoodsTraits;
  testId: string;
}) {
  const { env } = useConsole();
  const { L, loc } = useL();
  if (!channelId || !parcel?.weightKg || !parcel.l || !parcel.w || !parcel.h) return null;
  const q = freightQuote(env, channelId, parcel as Parcel, destination, goods);
  return (
    <Typography.Paragraph data-testid={testId} type={q.ok ? undefined : 'danger'}>
      {q.ok
        ? L(
            `计费重 ${q.chargeableWeightKg} kg · 运费 ¥${q.costCny.toFixed(2)}${q.deliveryDays ? ` · 时效 ${q.deliveryDays[0]}–${q.deliveryDays[1]} 天` : ''}`,
            `Chargeable ${q.chargeableWeightKg} kg · freight ¥${q.costCny.toFixed(2)}${q.deliveryDays ? ` · ${q.deliveryDays[0]}–${q.deliveryDays[1]} days` : ''}`,
          )
        : loc(q.reason)}
    </Typography.Paragraph>
  );
}
