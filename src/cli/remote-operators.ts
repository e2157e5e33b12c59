import type { CreatedOperator, OperatorAdministration, OperatorRecord } from '../operators/operators.service.ts';
import { adminCall } from './admin-http.ts';

type WireOperator = Omit<OperatorRecord, 'created_at' | 'updated_at'> & { created_at: string; updated_at: string };

const fromWire = (wire: WireOperator): OperatorRecord => ({
  ...wire,
  created_at: new Date(wire.created_at),
  updated_at: new Date(wire.updated_at),
});

/** Operator accounts through the admin HTTP API of a running server. */
export class RemoteOperatorAdministration implements OperatorAdministration {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  private call<T>(method: string, path: string, body?: unknown): Promise<T> {
    return adminCall(this.baseUrl, this.token, method, path, body);
  }

  createOperator(input: { username: string }): Promise<CreatedOperator> {
    return this.call('POST', '/operators', { username: input.username });
  }
  async listOperators(): Promise<OperatorRecord[]> {
    return (await this.call<WireOperator[]>('GET', '/operators')).map(fromWire);
  }
  async setActive(operatorId: number, active: boolean): Promise<OperatorRecord> {
    return fromWire(await this.call('POST', `/operators/${operatorId}/${active ? 'activate' : 'deactivate'}`));
  }
  rotatePassword(operatorId: number): Promise<CreatedOperator> {
    return this.call('POST', `/operators/${operatorId}/rotate-password`);
  }
}
